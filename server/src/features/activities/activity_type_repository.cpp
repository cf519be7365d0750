#include "features/activities/activity_type_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::activities {

namespace {

// The usage count walks activities_type for each type: a settings page, not a hot path.
constexpr const char* kSelectTypes =
    "SELECT t.id, t.kind, t.name, t.is_active, t.version, (SELECT COUNT(*) FROM activities a WHERE "
    "a.org_id = t.org_id AND a.type_id = t.id) AS usage_count FROM activity_types t WHERE t.org_id = :org";
constexpr const char* kSelectTypesUncounted =
    "SELECT t.id, t.kind, t.name, t.is_active, t.version, 0 AS usage_count FROM activity_types t WHERE "
    "t.org_id = :org";
constexpr const char* kSelectByKey =
    "SELECT id FROM activity_types WHERE org_id = :org AND kind = :kind AND name_key = :key";
constexpr const char* kCountTypes = "SELECT COUNT(*) FROM activity_types WHERE org_id = :org";
constexpr const char* kInsertType =
    "INSERT INTO activity_types (org_id, kind, name, name_key, is_active, created_at, created_by, "
    "updated_at, "
    "updated_by, version) VALUES (:org, :kind, :name, :key, :active, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kUpdateType =
    "UPDATE activity_types SET name = :name, name_key = :key, is_active = :active, updated_at = :now, "
    "updated_by = :by, version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteType = "DELETE FROM activity_types WHERE org_id = :org AND id = :id";

ActivityType ReadType(const soci::row& row) {
  db::RowReader r(row);
  ActivityType t;
  t.id = ActivityTypeId(r.Int("id"));
  t.kind = ParseKind(r.Text("kind")).value_or(Kind::kTodo);
  t.name = r.Text("name");
  t.active = r.Bool("is_active");
  t.usage_count = r.Int("usage_count");
  t.version = r.Int("version");
  return t;
}

}  // namespace

std::vector<ActivityType> ActivityTypeRepository::List(soci::session& sql, OrgId org) {
  db::Query q(kSelectTypes);
  q.Bind("org", org.value).Sql(" ORDER BY t.kind DESC, t.name_key, t.id");
  std::vector<ActivityType> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadType(row)); });
  return out;
}

std::optional<ActivityType> ActivityTypeRepository::Find(soci::session& sql, OrgId org, ActivityTypeId id,
                                                         WithUsage usage) {
  db::Query q(usage == WithUsage::kYes ? kSelectTypes : kSelectTypesUncounted);
  q.Bind("org", org.value).Sql(" AND t.id = :id").Bind("id", id.value);
  std::optional<ActivityType> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadType(row); });
  return out;
}

std::optional<ActivityTypeId> ActivityTypeRepository::FindByKey(soci::session& sql, OrgId org, Kind kind,
                                                                const std::string& key) {
  db::Query q(kSelectByKey);
  q.Bind("org", org.value).Bind("kind", std::string(KindName(kind))).Bind("key", key);
  std::optional<ActivityTypeId> out;
  q.Each(sql, [&](const soci::row& row) { out = ActivityTypeId(db::RowReader(row).Int("id")); });
  return out;
}

std::int64_t ActivityTypeRepository::Count(soci::session& sql, OrgId org) {
  long long o = org.value, count = 0;
  sql << kCountTypes, soci::use(o, "org"), soci::into(count);
  return count;
}

ActivityTypeId ActivityTypeRepository::Insert(soci::session& sql, OrgId org, Kind kind,
                                              const std::string& name, bool active, UserId by,
                                              const std::string& now) {
  long long o = org.value, b = by.value, a = active ? 1 : 0, id = 0;
  const std::string kind_name(KindName(kind)), key = validation::FoldCase(name);
  sql << kInsertType, soci::use(o, "org"), soci::use(kind_name, "kind"), soci::use(name, "name"),
      soci::use(key, "key"), soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return ActivityTypeId(id);
}

bool ActivityTypeRepository::Update(soci::session& sql, OrgId org, const ActivityType& next,
                                    std::int64_t version, UserId by, const std::string& now) {
  long long o = org.value, i = next.id.value, ver = version, b = by.value, a = next.active ? 1 : 0;
  const std::string key = validation::FoldCase(next.name);
  soci::statement st = (sql.prepare << kUpdateType, soci::use(next.name, "name"), soci::use(key, "key"),
                        soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"),
                        soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ActivityTypeRepository::Delete(soci::session& sql, OrgId org, ActivityTypeId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteType, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::activities
