#pragma once

#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/financials/month_table.hpp"
#include "features/financials/project_access.hpp"

namespace clientele::financials {

/// The financials area's read model of hour entries (DESIGN.md §6: the area covers hours): the rows of one
/// project's month figures. The hours feature owns hour_entries and writes it; the database's triggers keep
/// the monthly rollup project_hour_months (migration 0013) beside it, which this reads.
class HourFiguresRepository {
 public:
  /// A project's hours in `currency` for the months from..to (YYYY-MM, inclusive): one row per month and
  /// billability that has entries, each entry's value and cost rounded on its own and then summed.
  std::vector<HourRows> MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                  const std::string& currency, const std::string& from_month,
                                  const std::string& to_month);
};

}  // namespace clientele::financials
