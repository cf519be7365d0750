#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/errors/error.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"

namespace clientele::hours {

using WorkTypeId = Id<struct WorkTypeTag>;

/// An organization can have at most this many work types (the list is returned whole).
inline constexpr std::int64_t kMaxWorkTypes = 200;

/// An amount in minor units of an ISO 4217 currency.
struct Money {
  std::int64_t amount = 0;
  std::string currency;
};

/// A kind of work hours are recorded for, with its default hourly price in the base currency.
struct WorkType {
  WorkTypeId id;
  std::string name;
  std::string code;
  Money hourly_price;
  bool billable = true;
  bool active = true;
  /// Hour entries and project prices that use it (only counted for the settings list).
  std::int64_t usage_count = 0;
  std::int64_t version = 1;
};

/// A new work type as the client sent it (not yet validated). `shape_errors`: a malformed hourlyPrice.
struct NewWorkType {
  std::optional<std::string> name;
  std::optional<std::string> code;
  std::optional<Money> hourly_price;
  std::optional<bool> billable;
  std::optional<bool> active;
  std::vector<FieldError> shape_errors;
};

struct WorkTypePatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::string> code;
  Field<Money> hourly_price;
  Field<bool> billable;
  Field<bool> active;
  std::vector<FieldError> shape_errors;
};

}  // namespace clientele::hours
