#include "features/notes/note_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::notes {

namespace {

constexpr const char* kInsertNote =
    "INSERT INTO notes (org_id, customer_id, project_id, text, created_at, created_by, updated_at, "
    "updated_by, "
    "version) VALUES (:org, :customer, :project, :text, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kSelectNote =
    "SELECT n.id, n.customer_id, n.project_id, n.text, n.created_at, n.created_by, cb.name AS "
    "created_by_name, "
    "n.updated_at, n.updated_by, ub.name AS updated_by_name, n.version FROM notes n "
    "JOIN users cb ON cb.org_id = n.org_id AND cb.id = n.created_by "
    "JOIN users ub ON ub.org_id = n.org_id AND ub.id = n.updated_by WHERE n.org_id = :org";
constexpr const char* kUpdateNote =
    "UPDATE notes SET text = :text, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteNote = "DELETE FROM notes WHERE org_id = :org AND id = :id";
constexpr const char* kCountForCustomer =
    "SELECT COUNT(*) FROM notes WHERE org_id = :org AND customer_id = :customer";

Note ReadNote(const soci::row& row) {
  db::RowReader r(row);
  Note n;
  n.id = NoteId(r.Int("id"));
  n.customer = CustomerId(r.Int("customer_id"));
  if (auto project = r.OptInt("project_id")) n.project = ProjectRef{ProjectId(*project), 0, {}, n.customer};
  n.text = r.Text("text");
  n.created_at = r.Text("created_at");
  n.author = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  n.updated_at = r.Text("updated_at");
  n.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  n.version = r.Int("version");
  return n;
}

}  // namespace

NoteId NoteRepository::Insert(soci::session& sql, OrgId org, const CardScope& owner, const std::string& text,
                              UserId by, const std::string& now) {
  long long o = org.value, c = owner.customer.value, p = owner.project ? owner.project->value : 0,
            b = by.value, id = 0;
  soci::indicator p_ind = owner.project ? soci::i_ok : soci::i_null;
  sql << kInsertNote, soci::use(o, "org"), soci::use(c, "customer"), soci::use(p, p_ind, "project"),
      soci::use(text, "text"), soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"),
      soci::use(b, "by2"), soci::into(id);
  return NoteId(id);
}

std::optional<Note> NoteRepository::Find(soci::session& sql, OrgId org, NoteId id) {
  db::Query q(kSelectNote);
  q.Bind("org", org.value).Sql(" AND n.id = :id").Bind("id", id.value);
  std::optional<Note> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadNote(row); });
  return out;
}

std::vector<Note> NoteRepository::List(soci::session& sql, OrgId org, const CardScope& owner, int limit,
                                       std::optional<std::int64_t> after_id) {
  db::Query q(kSelectNote);
  q.Bind("org", org.value);
  if (owner.project) {
    q.Sql(" AND n.project_id = :project").Bind("project", owner.project->value);
  } else {
    q.Sql(" AND n.customer_id = :customer").Bind("customer", owner.customer.value);
  }
  if (after_id) q.Sql(" AND n.id < :after").Bind("after", *after_id);
  q.Sql(" ORDER BY n.id DESC LIMIT :lim").Bind("lim", limit);
  std::vector<Note> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadNote(row)); });
  return out;
}

bool NoteRepository::Update(soci::session& sql, OrgId org, NoteId id, std::int64_t version,
                            const std::string& text, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, ver = version, b = by.value;
  soci::statement st =
      (sql.prepare << kUpdateNote, soci::use(text, "text"), soci::use(now, "now"), soci::use(b, "by"),
       soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void NoteRepository::Delete(soci::session& sql, OrgId org, NoteId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteNote, soci::use(o, "org"), soci::use(i, "id");
}

std::int64_t NoteRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, count = 0;
  sql << kCountForCustomer, soci::use(o, "org"), soci::use(c, "customer"), soci::into(count);
  return count;
}

}  // namespace clientele::notes
