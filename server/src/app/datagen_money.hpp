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

/// Project money for the generator: `hours` hour entries on projects picked evenly from `projects` (so they
/// follow the projects' skew to the key accounts), by the `people` in turn over the last two years, never
/// more than 24 hours a day each; two and a half fees or costs per project, picked the same way; and a year's
/// forecast for every fourth project.
/// All in EUR, the generated organization's base currency. Returns the rows written.
Result<std::int64_t> GenerateMoney(db::Database& db, OrgId org, const std::vector<UserId>& people,
                                   const std::vector<CustomerId>& customers,
                                   const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                                   std::int64_t hours, std::mt19937_64& rng);

}  // namespace clientele::app
