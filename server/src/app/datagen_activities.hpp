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

/// Generates `total` activities for the benchmark organization and adds them to `rows`: skewed like the
/// contacts (a few key accounts have thousands, most customers a few), about 60 % done, to-dos and calendar
/// entries of every default type, 0–3 participants (users and the customer's contacts), a quarter on one of
/// the customer's projects. `projects` pairs each project with its customer's index in `customers`.
Status GenerateActivities(db::Database& db, OrgId org, const std::vector<UserId>& owners,
                          const std::vector<CustomerId>& customers,
                          const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                          std::int64_t total, std::mt19937_64& rng, std::int64_t& rows);

}  // namespace clientele::app
