#include "features/hours/project_price_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::hours {

namespace {

constexpr const char* kSelectVersion = "SELECT prices_version FROM projects WHERE org_id = :org AND id = :id";
constexpr const char* kSelectPrices =
    "SELECT p.work_type_id, t.name, p.hourly_price FROM project_prices p JOIN work_types t ON t.org_id = "
    "p.org_id AND t.id = p.work_type_id WHERE p.org_id = :org AND p.project_id = :id ORDER BY t.name_key, "
    "t.id";
constexpr const char* kSelectPrice =
    "SELECT hourly_price FROM project_prices WHERE org_id = :org AND project_id = :id AND work_type_id = "
    ":type";
// The version lives on the project row so that the list has one version however many rows it has.
constexpr const char* kBumpVersion =
    "UPDATE projects SET prices_version = prices_version + 1 WHERE org_id = :org AND id = :id AND "
    "prices_version = :version";
constexpr const char* kDeletePrices = "DELETE FROM project_prices WHERE org_id = :org AND project_id = :id";
constexpr const char* kInsertPrice =
    "INSERT INTO project_prices (org_id, project_id, work_type_id, hourly_price) VALUES (:org, :id, :type, "
    ":price)";
constexpr const char* kCountPricedRows =
    "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM project_prices WHERE org_id = :org AND project_id = :id "
    "LIMIT 1) a) + (SELECT COUNT(*) FROM (SELECT 1 FROM hour_entries WHERE org_id = :org2 AND project_id = "
    ":id2 LIMIT 1) b)";

}  // namespace

ProjectPrices ProjectPriceRepository::Find(soci::session& sql, OrgId org, ProjectId project,
                                           const std::string& currency) {
  ProjectPrices out;
  out.project = project;
  out.currency = currency;
  long long o = org.value, i = project.value, version = 0;
  sql << kSelectVersion, soci::use(o, "org"), soci::use(i, "id"), soci::into(version);
  out.version = version;
  db::Query q(kSelectPrices);
  q.Bind("org", org.value).Bind("id", project.value);
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out.prices.push_back(
        {WorkTypeId(r.Int("work_type_id")), r.Text("name"), {r.Int("hourly_price"), currency}});
  });
  return out;
}

std::optional<std::int64_t> ProjectPriceRepository::PriceOf(soci::session& sql, OrgId org, ProjectId project,
                                                            WorkTypeId type) {
  db::Query q(kSelectPrice);
  q.Bind("org", org.value).Bind("id", project.value).Bind("type", type.value);
  std::optional<std::int64_t> out;
  q.Each(sql, [&](const soci::row& row) { out = db::RowReader(row).Int("hourly_price"); });
  return out;
}

bool ProjectPriceRepository::Replace(soci::session& sql, OrgId org, ProjectId project, std::int64_t version,
                                     const std::vector<std::pair<WorkTypeId, std::int64_t>>& prices) {
  long long o = org.value, i = project.value, v = version;
  soci::statement bump =
      (sql.prepare << kBumpVersion, soci::use(o, "org"), soci::use(i, "id"), soci::use(v, "version"));
  bump.execute(true);
  if (bump.get_affected_rows() != 1) return false;
  sql << kDeletePrices, soci::use(o, "org"), soci::use(i, "id");
  for (const auto& [type, price] : prices) {
    long long t = type.value, p = price;
    sql << kInsertPrice, soci::use(o, "org"), soci::use(i, "id"), soci::use(t, "type"), soci::use(p, "price");
  }
  return true;
}

bool ProjectPriceRepository::HasPricedRows(soci::session& sql, OrgId org, ProjectId project) {
  long long o = org.value, i = project.value, count = 0;
  sql << kCountPricedRows, soci::use(o, "org"), soci::use(i, "id"), soci::use(o, "org2"), soci::use(i, "id2"),
      soci::into(count);
  return count > 0;
}

}  // namespace clientele::hours
