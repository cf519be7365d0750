#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/hours/project_price.hpp"

namespace clientele::hours {

/// The project_prices table and the price list's version (projects.prices_version).
class ProjectPriceRepository {
 public:
  /// The project's prices by work type name; prices in `currency`, the project's.
  ProjectPrices Find(soci::session& sql, OrgId org, ProjectId project, const std::string& currency);
  /// The project's own price of one work type, if it has one.
  std::optional<std::int64_t> PriceOf(soci::session& sql, OrgId org, ProjectId project, WorkTypeId type);
  /// Replaces the list when its version is `version`; false when it is not (nothing written).
  bool Replace(soci::session& sql, OrgId org, ProjectId project, std::int64_t version,
               const std::vector<std::pair<WorkTypeId, std::int64_t>>& prices);
  /// Whether the project has prices or hour entries (its currency is then fixed).
  bool HasPricedRows(soci::session& sql, OrgId org, ProjectId project);
};

}  // namespace clientele::hours
