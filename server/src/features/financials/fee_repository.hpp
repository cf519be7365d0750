#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/financials/fee.hpp"
#include "features/financials/month_table.hpp"

namespace clientele::financials {

/// Where a list page starts: after the row with this date and id (newest first).
struct FeeCursor {
  std::string date;
  std::int64_t id = 0;
};

/// The project_fees table. Every statement filters by organization.
class FeeRepository {
 public:
  FeeId Insert(soci::session& sql, OrgId org, const ProjectFacts& project, const FeeValues& values, UserId by,
               const std::string& now);
  std::optional<Fee> Find(soci::session& sql, OrgId org, FeeId id);
  /// Newest first (date, then id), after `after` when set.
  std::vector<Fee> List(soci::session& sql, OrgId org, ProjectId project, const FeeQuery& query, int limit,
                        const std::optional<FeeCursor>& after);
  /// The rows the list's filter matches, grouped where alike (`month` left empty), for its totals.
  std::vector<FeeRows> Totals(soci::session& sql, OrgId org, ProjectId project, const FeeQuery& query);
  /// The rows of `currency` dated from..to (inclusive dates), grouped by month where alike.
  std::vector<FeeRows> MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                 const std::string& currency, const std::string& from, const std::string& to);
  /// Writes the values when the stored version is `version` and the row is not invoiced; false otherwise.
  bool Update(soci::session& sql, OrgId org, FeeId id, std::int64_t version, const FeeValues& values,
              UserId by, const std::string& now);
  /// Whether the project has any fee or cost.
  bool AnyForProject(soci::session& sql, OrgId org, ProjectId project);
  /// Deletes the row unless it is invoiced; false when nothing was deleted.
  bool Delete(soci::session& sql, OrgId org, FeeId id);
};

}  // namespace clientele::financials
