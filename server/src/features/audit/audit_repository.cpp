#include "features/audit/audit_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::audit {

namespace {

constexpr const char* kInsertEntry =
    "INSERT INTO audit_log (org_id, entity, entity_id, field, old_value, new_value, source, changed_at, "
    "changed_by) "
    "VALUES (:org, :entity, :entity_id, :field, :old, :new, :source, :at, :by)";
constexpr const char* kSelectEntries =
    "SELECT a.id, a.entity, a.entity_id, a.field, a.old_value, a.new_value, a.source, a.changed_at, "
    "a.changed_by, "
    "u.name AS changed_by_name FROM audit_log a JOIN users u ON u.org_id = a.org_id AND u.id = a.changed_by "
    "WHERE a.org_id = :org AND a.entity = :entity AND a.entity_id = :entity_id";

}  // namespace

void AuditRepository::Insert(soci::session& sql, OrgId org, const AuditEntry& e) {
  long long o = org.value, entity_id = e.entity_id, by = e.changed_by.id.value;
  std::string old_value = e.old_value.value_or(""), new_value = e.new_value.value_or("");
  soci::indicator old_ind = e.old_value ? soci::i_ok : soci::i_null;
  soci::indicator new_ind = e.new_value ? soci::i_ok : soci::i_null;
  sql << kInsertEntry, soci::use(o, "org"), soci::use(e.entity, "entity"), soci::use(entity_id, "entity_id"),
      soci::use(e.field, "field"), soci::use(old_value, old_ind, "old"), soci::use(new_value, new_ind, "new"),
      soci::use(e.source, "source"), soci::use(e.changed_at, "at"), soci::use(by, "by");
}

std::vector<AuditEntry> AuditRepository::List(soci::session& sql, OrgId org, const std::string& entity,
                                              std::int64_t entity_id, int limit,
                                              std::optional<std::int64_t> before_id) {
  db::Query q(kSelectEntries);
  q.Bind("org", org.value).Bind("entity", entity).Bind("entity_id", entity_id);
  if (before_id) q.Sql(" AND a.id < :before").Bind("before", *before_id);
  q.Sql(" ORDER BY a.id DESC LIMIT :lim").Bind("lim", limit);
  std::vector<AuditEntry> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    AuditEntry e;
    e.id = r.Int("id");
    e.entity = r.Text("entity");
    e.entity_id = r.Int("entity_id");
    e.field = r.Text("field");
    e.old_value = r.OptText("old_value");
    e.new_value = r.OptText("new_value");
    e.source = r.Text("source");
    e.changed_at = r.Text("changed_at");
    e.changed_by = {UserId(r.Int("changed_by")), r.Text("changed_by_name")};
    out.push_back(std::move(e));
  });
  return out;
}

}  // namespace clientele::audit
