#include "features/financials/forecast_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::financials {

namespace {

constexpr const char* kSelectMonths =
    "SELECT month, revenue, billing, labor_cost, other_cost, notes FROM project_forecasts "
    "WHERE org_id = :org AND project_id = :project";
constexpr const char* kSelectVersion =
    "SELECT v.version, v.updated_at, v.updated_by, u.name AS updated_by_name FROM project_forecast_versions "
    "v "
    "JOIN users u ON u.org_id = v.org_id AND u.id = v.updated_by WHERE v.org_id = :org AND v.project_id = "
    ":project";
constexpr const char* kInsertVersion =
    "INSERT INTO project_forecast_versions (org_id, project_id, version, updated_at, updated_by) "
    "VALUES (:org, :project, 1, :now, :by) ON CONFLICT (org_id, project_id) DO NOTHING";
constexpr const char* kAdvanceVersion =
    "UPDATE project_forecast_versions SET version = version + 1, updated_at = :now, updated_by = :by "
    "WHERE org_id = :org AND project_id = :project AND version = :version";
constexpr const char* kUpsertMonth =
    "INSERT INTO project_forecasts (org_id, project_id, month, revenue, billing, labor_cost, other_cost, "
    "currency, notes, updated_at, updated_by) VALUES (:org, :project, :month, :revenue, :billing, :labor, "
    ":other, :currency, :notes, :now, :by) ON CONFLICT (org_id, project_id, month) DO UPDATE SET "
    "revenue = excluded.revenue, billing = excluded.billing, labor_cost = excluded.labor_cost, "
    "other_cost = excluded.other_cost, currency = excluded.currency, notes = excluded.notes, "
    "updated_at = excluded.updated_at, updated_by = excluded.updated_by";
constexpr const char* kAnyMonth =
    "SELECT month FROM project_forecasts WHERE org_id = :org AND project_id = :project LIMIT 1";
constexpr const char* kDeleteMonth =
    "DELETE FROM project_forecasts WHERE org_id = :org AND project_id = :project AND month = :month";

ForecastMonth ReadMonth(const soci::row& row) {
  db::RowReader r(row);
  return {r.Text("month"),        r.OptInt("revenue"),    r.OptInt("billing"),
          r.OptInt("labor_cost"), r.OptInt("other_cost"), r.OptText("notes")};
}

/// An optional figure bound with its NULL indicator.
struct OptionalValue {
  explicit OptionalValue(const std::optional<std::int64_t>& v)
      : value(v.value_or(0)), ind(v ? soci::i_ok : soci::i_null) {}
  long long value;
  soci::indicator ind;
};

}  // namespace

Forecast ForecastRepository::Load(soci::session& sql, OrgId org, ProjectId project,
                                  const std::optional<std::string>& from,
                                  const std::optional<std::string>& to, int limit) {
  Forecast f;
  f.project = project;
  db::Query head(kSelectVersion);
  head.Bind("org", org.value).Bind("project", project.value);
  head.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    f.version = r.Int("version");
    f.updated_at = r.Text("updated_at");
    f.updated_by = UserRef{UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  });
  db::Query q(kSelectMonths);
  q.Bind("org", org.value).Bind("project", project.value);
  if (from) q.Sql(" AND month >= :from").Bind("from", *from);
  if (to) q.Sql(" AND month <= :to").Bind("to", *to);
  q.Sql(" ORDER BY month LIMIT :lim").Bind("lim", limit);
  q.Each(sql, [&](const soci::row& row) { f.months.push_back(ReadMonth(row)); });
  return f;
}

bool ForecastRepository::Advance(soci::session& sql, OrgId org, ProjectId project, std::int64_t version,
                                 UserId by, const std::string& now) {
  long long o = org.value, p = project.value, b = by.value, v = version;
  // Compare-and-set: of two writers that read the same version, exactly one moves it on.
  if (version == 0) {
    soci::statement st = (sql.prepare << kInsertVersion, soci::use(o, "org"), soci::use(p, "project"),
                          soci::use(now, "now"), soci::use(b, "by"));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }
  soci::statement st = (sql.prepare << kAdvanceVersion, soci::use(now, "now"), soci::use(b, "by"),
                        soci::use(o, "org"), soci::use(p, "project"), soci::use(v, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool ForecastRepository::AnyForProject(soci::session& sql, OrgId org, ProjectId project) {
  db::Query q(kAnyMonth);
  q.Bind("org", org.value).Bind("project", project.value);
  bool any = false;
  q.Each(sql, [&](const soci::row&) { any = true; });
  return any;
}

void ForecastRepository::Save(soci::session& sql, OrgId org, ProjectId project, const std::string& currency,
                              const ForecastMonth& m, UserId by, const std::string& now) {
  long long o = org.value, p = project.value, b = by.value;
  if (m.empty()) {
    sql << kDeleteMonth, soci::use(o, "org"), soci::use(p, "project"), soci::use(m.month, "month");
    return;
  }
  OptionalValue revenue(m.revenue), billing(m.billing), labor(m.labor_cost), other(m.other_cost);
  const std::string notes = m.notes.value_or("");
  soci::indicator notes_ind = m.notes ? soci::i_ok : soci::i_null;
  sql << kUpsertMonth, soci::use(o, "org"), soci::use(p, "project"), soci::use(m.month, "month"),
      soci::use(revenue.value, revenue.ind, "revenue"), soci::use(billing.value, billing.ind, "billing"),
      soci::use(labor.value, labor.ind, "labor"), soci::use(other.value, other.ind, "other"),
      soci::use(currency, "currency"), soci::use(notes, notes_ind, "notes"), soci::use(now, "now"),
      soci::use(b, "by");
}

}  // namespace clientele::financials
