#include "features/financials/financials_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::financials {

namespace {

// A range of the rollup's primary key (org_id, project_id, currency, month, billable): at most two rows a
// month, however many entries the project has. A group whose last entry went is deleted by the triggers;
// one left at zero would add nothing.
constexpr const char* kSelectHourMonths =
    "SELECT m.month, m.billable, m.minutes, m.value, m.cost FROM project_hour_months m "
    "WHERE m.org_id = :org AND m.project_id = :project AND m.currency = :currency "
    "AND m.month >= :from AND m.month <= :to";

}  // namespace

std::vector<HourRows> HourFiguresRepository::MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                                       const std::string& currency,
                                                       const std::string& from_month,
                                                       const std::string& to_month) {
  db::Query q(kSelectHourMonths);
  q.Bind("org", org.value)
      .Bind("project", project.value)
      .Bind("currency", currency)
      .Bind("from", from_month)
      .Bind("to", to_month);
  std::vector<HourRows> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out.push_back({r.Text("month"), r.Bool("billable"), r.Int("minutes"), r.Int("value"), r.Int("cost")});
  });
  return out;
}

}  // namespace clientele::financials
