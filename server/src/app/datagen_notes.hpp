#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "features/projects/project.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/util/ids.hpp"

namespace clientele::app {

/// Notes for the generator: `total` of them, skewed to the key accounts like the rest, one in five on a
/// project (`projects` holds each project with its customer's index in `customers`), written by the
/// `authors`; and a link for every twentieth note. Returns the rows written.
Result<std::int64_t> GenerateNotes(db::Database& db, OrgId org, const std::vector<UserId>& authors,
                                   const std::vector<CustomerId>& customers,
                                   const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                                   std::int64_t total, std::mt19937_64& rng);

}  // namespace clientele::app
