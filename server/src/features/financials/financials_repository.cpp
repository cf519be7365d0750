#include "features/financials/financials_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::financials {

namespace {

// Identical rows (same month, billability, minutes, price and cost) have identical rounded values, so
// grouping them loses nothing: each is still rounded on its own, and the group counts them.
constexpr const char* kSelectHourGroups =
    "SELECT substr(h.entry_date, 1, 7) AS month, h.billable, h.minutes, h.unit_price, h.unit_cost, "
    "COUNT(*) AS n FROM hour_entries h WHERE h.org_id = :org AND h.project_id = :project "
    "AND h.entry_date >= :from AND h.entry_date <= :to AND h.currency = :currency "
    "GROUP BY substr(h.entry_date, 1, 7), h.billable, h.minutes, h.unit_price, h.unit_cost";

}  // namespace

std::vector<HourRows> HourFiguresRepository::MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                                       const std::string& currency, const std::string& from,
                                                       const std::string& to) {
  db::Query q(kSelectHourGroups);
  q.Bind("org", org.value)
      .Bind("project", project.value)
      .Bind("from", from)
      .Bind("to", to)
      .Bind("currency", currency);
  std::vector<HourRows> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out.push_back({r.Text("month"), r.Bool("billable"), r.Int("minutes"), r.Int("unit_price"),
                   r.Int("unit_cost"), r.Int("n")});
  });
  return out;
}

}  // namespace clientele::financials
