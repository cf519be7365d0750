#include "features/hours/work_type_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::hours {

namespace {

constexpr const char* kSelectTypes =
    "SELECT t.id, t.name, t.code, t.hourly_price, t.billable, t.is_active, t.version, "
    "(SELECT COUNT(*) FROM hour_entries h WHERE h.org_id = t.org_id AND h.work_type_id = t.id) + "
    "(SELECT COUNT(*) FROM project_prices p WHERE p.org_id = t.org_id AND p.work_type_id = t.id) AS "
    "usage_count FROM work_types t WHERE t.org_id = :org";
constexpr const char* kSelectTypesUncounted =
    "SELECT t.id, t.name, t.code, t.hourly_price, t.billable, t.is_active, t.version, 0 AS usage_count "
    "FROM work_types t WHERE t.org_id = :org";
constexpr const char* kSelectByName = "SELECT id FROM work_types WHERE org_id = :org AND name_key = :key";
constexpr const char* kSelectByCode = "SELECT id FROM work_types WHERE org_id = :org AND code = :code";
constexpr const char* kCountTypes = "SELECT COUNT(*) FROM work_types WHERE org_id = :org";
constexpr const char* kCountPriced =
    "SELECT COUNT(*) FROM work_types WHERE org_id = :org AND hourly_price > 0";
constexpr const char* kInsertType =
    "INSERT INTO work_types (org_id, name, name_key, code, hourly_price, billable, is_active, created_at, "
    "created_by, updated_at, updated_by, version) VALUES (:org, :name, :key, :code, :price, :billable, "
    ":active, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kUpdateType =
    "UPDATE work_types SET name = :name, name_key = :key, code = :code, hourly_price = :price, billable = "
    ":billable, is_active = :active, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteType = "DELETE FROM work_types WHERE org_id = :org AND id = :id";

WorkType ReadType(const soci::row& row, const std::string& currency) {
  db::RowReader r(row);
  WorkType t;
  t.id = WorkTypeId(r.Int("id"));
  t.name = r.Text("name");
  t.code = r.Text("code");
  t.hourly_price = {r.Int("hourly_price"), currency};
  t.billable = r.Bool("billable");
  t.active = r.Bool("is_active");
  t.usage_count = r.Int("usage_count");
  t.version = r.Int("version");
  return t;
}

std::optional<WorkTypeId> FindId(soci::session& sql, const char* statement, OrgId org,
                                 const std::string& name, const std::string& value) {
  db::Query q(statement);
  q.Bind("org", org.value).Bind(name, value);
  std::optional<WorkTypeId> out;
  q.Each(sql, [&](const soci::row& row) { out = WorkTypeId(db::RowReader(row).Int("id")); });
  return out;
}

std::int64_t CountOf(soci::session& sql, const char* statement, OrgId org) {
  long long o = org.value, count = 0;
  sql << statement, soci::use(o, "org"), soci::into(count);
  return count;
}

}  // namespace

std::vector<WorkType> WorkTypeRepository::List(soci::session& sql, OrgId org, const std::string& currency) {
  db::Query q(kSelectTypes);
  q.Bind("org", org.value).Sql(" ORDER BY t.name_key, t.id");
  std::vector<WorkType> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadType(row, currency)); });
  return out;
}

std::optional<WorkType> WorkTypeRepository::Find(soci::session& sql, OrgId org, WorkTypeId id,
                                                 const std::string& currency, WithUsage usage) {
  db::Query q(usage == WithUsage::kYes ? kSelectTypes : kSelectTypesUncounted);
  q.Bind("org", org.value).Sql(" AND t.id = :id").Bind("id", id.value);
  std::optional<WorkType> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadType(row, currency); });
  return out;
}

std::optional<WorkTypeId> WorkTypeRepository::FindByName(soci::session& sql, OrgId org,
                                                         const std::string& key) {
  return FindId(sql, kSelectByName, org, "key", key);
}

std::optional<WorkTypeId> WorkTypeRepository::FindByCode(soci::session& sql, OrgId org,
                                                         const std::string& code) {
  return FindId(sql, kSelectByCode, org, "code", code);
}

std::int64_t WorkTypeRepository::Count(soci::session& sql, OrgId org) {
  return CountOf(sql, kCountTypes, org);
}

bool WorkTypeRepository::AnyPriced(soci::session& sql, OrgId org) {
  return CountOf(sql, kCountPriced, org) > 0;
}

WorkTypeId WorkTypeRepository::Insert(soci::session& sql, OrgId org, const WorkType& type, UserId by,
                                      const std::string& now) {
  long long o = org.value, b = by.value, price = type.hourly_price.amount, billable = type.billable ? 1 : 0,
            active = type.active ? 1 : 0, id = 0;
  const std::string key = validation::FoldCase(type.name);
  sql << kInsertType, soci::use(o, "org"), soci::use(type.name, "name"), soci::use(key, "key"),
      soci::use(type.code, "code"), soci::use(price, "price"), soci::use(billable, "billable"),
      soci::use(active, "active"), soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"),
      soci::use(b, "by2"), soci::into(id);
  return WorkTypeId(id);
}

bool WorkTypeRepository::Update(soci::session& sql, OrgId org, const WorkType& next, std::int64_t version,
                                UserId by, const std::string& now) {
  long long o = org.value, i = next.id.value, ver = version, b = by.value, price = next.hourly_price.amount,
            billable = next.billable ? 1 : 0, active = next.active ? 1 : 0;
  const std::string key = validation::FoldCase(next.name);
  soci::statement st =
      (sql.prepare << kUpdateType, soci::use(next.name, "name"), soci::use(key, "key"),
       soci::use(next.code, "code"), soci::use(price, "price"), soci::use(billable, "billable"),
       soci::use(active, "active"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
       soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void WorkTypeRepository::Delete(soci::session& sql, OrgId org, WorkTypeId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteType, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::hours
