#include "features/contacts/picklist_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::contacts {

namespace {

/// The statements of one list; both lists have the same columns, so their rows read the same way.
struct PicklistSql {
  const char* insert;
  const char* select;  // alias p, with usage_count; ends in the WHERE on the organization
  const char* select_plain;
  const char* find_by_key;
  const char* count;
  const char* update;
  const char* remove;
};

constexpr PicklistSql kKeywordSql = {
    "INSERT INTO keywords (org_id, name, name_key, is_active, created_at, created_by, updated_at, "
    "updated_by, "
    "version) VALUES (:org, :name, :name_key, 1, :now, :by, :now2, :by2, 1) RETURNING id",
    "SELECT p.id, p.name, p.is_active, p.created_at, p.created_by, cb.name AS created_by_name, p.updated_at, "
    "p.updated_by, ub.name AS updated_by_name, p.version, "
    "(SELECT COUNT(*) FROM contact_keywords u WHERE u.org_id = p.org_id AND u.keyword_id = p.id) AS "
    "usage_count "
    "FROM keywords p JOIN users cb ON cb.org_id = p.org_id AND cb.id = p.created_by "
    "JOIN users ub ON ub.org_id = p.org_id AND ub.id = p.updated_by WHERE p.org_id = :org",
    "SELECT p.id, p.name, p.is_active FROM keywords p WHERE p.org_id = :org",
    "SELECT id FROM keywords WHERE org_id = :org AND name_key = :name_key",
    "SELECT COUNT(*) FROM keywords WHERE org_id = :org",
    "UPDATE keywords SET name = :name, name_key = :name_key, is_active = :active, updated_at = :now, "
    "updated_by = :by, version = version + 1 WHERE org_id = :org AND id = :id AND version = :version",
    "DELETE FROM keywords WHERE org_id = :org AND id = :id",
};

constexpr PicklistSql kContactRoleSql = {
    "INSERT INTO contact_roles (org_id, name, name_key, is_active, created_at, created_by, updated_at, "
    "updated_by, version) VALUES (:org, :name, :name_key, 1, :now, :by, :now2, :by2, 1) RETURNING id",
    "SELECT p.id, p.name, p.is_active, p.created_at, p.created_by, cb.name AS created_by_name, p.updated_at, "
    "p.updated_by, ub.name AS updated_by_name, p.version, "
    "(SELECT COUNT(*) FROM contacts u WHERE u.org_id = p.org_id AND u.role_id = p.id) AS usage_count "
    "FROM contact_roles p JOIN users cb ON cb.org_id = p.org_id AND cb.id = p.created_by "
    "JOIN users ub ON ub.org_id = p.org_id AND ub.id = p.updated_by WHERE p.org_id = :org",
    "SELECT p.id, p.name, p.is_active FROM contact_roles p WHERE p.org_id = :org",
    "SELECT id FROM contact_roles WHERE org_id = :org AND name_key = :name_key",
    "SELECT COUNT(*) FROM contact_roles WHERE org_id = :org",
    "UPDATE contact_roles SET name = :name, name_key = :name_key, is_active = :active, updated_at = :now, "
    "updated_by = :by, version = version + 1 WHERE org_id = :org AND id = :id AND version = :version",
    "DELETE FROM contact_roles WHERE org_id = :org AND id = :id",
};

// What deleting a keyword does to its contacts: they get the other keyword (unless they have it already) …
constexpr const char* kTouchKeywordContacts =
    "UPDATE contacts SET updated_at = :now, updated_by = :by, version = version + 1 WHERE org_id = :org AND "
    "id IN "
    "(SELECT contact_id FROM contact_keywords WHERE org_id = :org2 AND keyword_id = :id)";
constexpr const char* kCopyKeyword =
    "INSERT INTO contact_keywords (org_id, contact_id, keyword_id) SELECT org_id, contact_id, :to "
    "FROM contact_keywords WHERE org_id = :org AND keyword_id = :id ON CONFLICT DO NOTHING";
// … and lose this one.
constexpr const char* kRemoveKeyword =
    "DELETE FROM contact_keywords WHERE org_id = :org AND keyword_id = :id";

constexpr const char* kMoveRole =
    "UPDATE contacts SET role_id = :to, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND role_id = :id";
constexpr const char* kRemoveRole =
    "UPDATE contacts SET role_id = NULL, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND role_id = :id";

const PicklistSql& SqlFor(PicklistKind kind) {
  return kind == PicklistKind::kKeyword ? kKeywordSql : kContactRoleSql;
}

PicklistItem ReadItem(const soci::row& row) {
  db::RowReader r(row);
  PicklistItem item;
  item.id = r.Int("id");
  item.name = r.Text("name");
  item.is_active = r.Bool("is_active");
  item.created_at = r.Text("created_at");
  item.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  item.updated_at = r.Text("updated_at");
  item.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  item.version = r.Int("version");
  item.usage_count = r.Int("usage_count");
  return item;
}

}  // namespace

std::int64_t PicklistRepository::Insert(soci::session& sql, OrgId org, PicklistKind kind,
                                        const std::string& name, UserId by, const std::string& now) {
  long long o = org.value, b = by.value, id = 0;
  const std::string key = validation::FoldCase(name);
  sql << SqlFor(kind).insert, soci::use(o, "org"), soci::use(name, "name"), soci::use(key, "name_key"),
      soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return id;
}

std::optional<PicklistItem> PicklistRepository::Find(soci::session& sql, OrgId org, PicklistKind kind,
                                                     std::int64_t id) {
  db::Query q(SqlFor(kind).select);
  q.Bind("org", org.value).Sql(" AND p.id = :id").Bind("id", id);
  std::optional<PicklistItem> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadItem(row); });
  return out;
}

std::optional<std::int64_t> PicklistRepository::FindByKey(soci::session& sql, OrgId org, PicklistKind kind,
                                                          const std::string& name_key) {
  db::Query q(SqlFor(kind).find_by_key);
  q.Bind("org", org.value).Bind("name_key", name_key);
  std::optional<std::int64_t> out;
  q.Each(sql, [&](const soci::row& row) { out = db::RowReader(row).Int("id"); });
  return out;
}

std::vector<PicklistItem> PicklistRepository::List(soci::session& sql, OrgId org, PicklistKind kind,
                                                   bool include_disabled) {
  db::Query q(SqlFor(kind).select);
  q.Bind("org", org.value);
  if (!include_disabled) q.Sql(" AND p.is_active = 1");
  q.Sql(" ORDER BY p.name_key, p.id LIMIT :lim").Bind("lim", kMaxPicklistItems);
  std::vector<PicklistItem> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadItem(row)); });
  return out;
}

std::vector<PicklistItem> PicklistRepository::FindMany(soci::session& sql, OrgId org, PicklistKind kind,
                                                       const std::vector<std::int64_t>& ids) {
  std::vector<PicklistItem> out;
  if (ids.empty()) return out;
  db::Query q(SqlFor(kind).select_plain);
  q.Bind("org", org.value).Sql(" AND p.id IN (");
  for (size_t i = 0; i < ids.size(); ++i) {
    std::string name = "i";
    name += std::to_string(i);
    q.Sql((i == 0 ? ":" : ", :") + name).Bind(name, ids[i]);
  }
  q.Sql(")");
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    PicklistItem item;
    item.id = r.Int("id");
    item.name = r.Text("name");
    item.is_active = r.Bool("is_active");
    out.push_back(std::move(item));
  });
  return out;
}

std::int64_t PicklistRepository::Count(soci::session& sql, OrgId org, PicklistKind kind) {
  long long o = org.value, count = 0;
  sql << SqlFor(kind).count, soci::use(o, "org"), soci::into(count);
  return count;
}

bool PicklistRepository::Update(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id,
                                std::int64_t version, const std::string& name, bool active, UserId by,
                                const std::string& now) {
  long long o = org.value, i = id, ver = version, a = active ? 1 : 0, b = by.value;
  const std::string key = validation::FoldCase(name);
  soci::statement st =
      (sql.prepare << SqlFor(kind).update, soci::use(name, "name"), soci::use(key, "name_key"),
       soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
       soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void PicklistRepository::Delete(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id) {
  long long o = org.value, i = id;
  sql << SqlFor(kind).remove, soci::use(o, "org"), soci::use(i, "id");
}

void PicklistRepository::MoveUsage(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t from,
                                   std::int64_t to, UserId by, const std::string& now) {
  long long o = org.value, f = from, t = to, b = by.value;
  if (kind == PicklistKind::kContactRole) {
    sql << kMoveRole, soci::use(t, "to"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
        soci::use(f, "id");
    return;
  }
  sql << kTouchKeywordContacts, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
      soci::use(o, "org2"), soci::use(f, "id");
  sql << kCopyKeyword, soci::use(t, "to"), soci::use(o, "org"), soci::use(f, "id");
  sql << kRemoveKeyword, soci::use(o, "org"), soci::use(f, "id");
}

void PicklistRepository::RemoveUsage(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id,
                                     UserId by, const std::string& now) {
  long long o = org.value, i = id, b = by.value;
  if (kind == PicklistKind::kContactRole) {
    sql << kRemoveRole, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"), soci::use(i, "id");
    return;
  }
  sql << kTouchKeywordContacts, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
      soci::use(o, "org2"), soci::use(i, "id");
  sql << kRemoveKeyword, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::contacts
