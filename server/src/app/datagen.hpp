#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "platform/errors/result.hpp"

namespace clientele::app {

/// How big a generated organization is (the benchmark issue's table).
struct DataSize {
  std::string name;  // S, M, L, XL
  std::int64_t customers;
  std::int64_t contacts;
  std::int64_t addresses;
  std::int64_t activities;
  std::int64_t notes;
  std::int64_t projects;
  std::int64_t tasks;
};

std::optional<DataSize> ParseDataSize(const std::string& name);

struct GeneratedData {
  std::string org_name;
  std::string admin_email;  // signs in with the demo password
  std::int64_t rows = 0;
  double seconds = 0;
};

/// Generates a deterministic, realistic organization of `size` with `seed`: users in every role, Finnish and
/// Norwegian customers with valid business ids, skewed so that a few customers own most of the records.
/// Writes through the features' repositories in large transactions; shows progress on stderr when it is a
/// terminal. Only the record kinds that exist so far are generated.
Result<GeneratedData> GenerateData(db::Database& db, const DataSize& size, std::uint64_t seed);

}  // namespace clientele::app
