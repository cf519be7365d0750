#pragma once

#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/financials/month_table.hpp"
#include "features/financials/project_access.hpp"

namespace clientele::financials {

/// The financials area's read model of hour entries (DESIGN.md §6: the area covers hours): the rows of one
/// project's month figures. The hours feature owns the table and writes it.
class HourFiguresRepository {
 public:
  /// A project's entries in `currency` dated from..to (inclusive dates), grouped by month where alike.
  std::vector<HourRows> MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                  const std::string& currency, const std::string& from,
                                  const std::string& to);
};

}  // namespace clientele::financials
