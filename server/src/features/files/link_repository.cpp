#include "features/files/link_repository.hpp"

#include "features/files/card_rows.hpp"

namespace clientele::files {

using namespace rows;  // NOLINT(google-build-using-namespace): this file's own helpers

namespace {

constexpr const char* kInsertLink =
    "INSERT INTO links (org_id, customer_id, project_id, url, title, description, created_at, created_by, "
    "updated_at, updated_by, version) VALUES (:org, :customer, :project, :url, :title, :description, :now, "
    ":by, "
    ":now2, :by2, 1) RETURNING id";
constexpr const char* kSelectLink =
    "SELECT f.id, f.customer_id, f.project_id, f.url, f.title, f.description, f.created_at, f.created_by, "
    "cb.name AS created_by_name, f.updated_at, f.updated_by, ub.name AS updated_by_name, f.version FROM "
    "links f "
    "JOIN users cb ON cb.org_id = f.org_id AND cb.id = f.created_by "
    "JOIN users ub ON ub.org_id = f.org_id AND ub.id = f.updated_by WHERE f.org_id = :org";
constexpr const char* kUpdateLink =
    "UPDATE links SET url = :url, title = :title, description = :description, updated_at = :now, updated_by "
    "= :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteLink = "DELETE FROM links WHERE org_id = :org AND id = :id";
constexpr const char* kCountLinks =
    "SELECT COUNT(*) FROM links WHERE org_id = :org AND customer_id = :customer";

Link ReadLink(const soci::row& row) {
  db::RowReader r(row);
  Link l;
  l.id = LinkId(r.Int("id"));
  ReadCommon(r, l);
  l.url = r.Text("url");
  l.title = r.OptText("title");
  l.description = r.OptText("description");
  return l;
}

}  // namespace

LinkId LinkRepository::Insert(soci::session& sql, OrgId org, const CardScope& scope, const Link& link,
                              UserId by, const std::string& now) {
  long long o = org.value, c = scope.customer.value, p = scope.project ? scope.project->value : 0,
            b = by.value, id = 0;
  soci::indicator p_ind = scope.project ? soci::i_ok : soci::i_null;
  OptText title(link.title), description(link.description);
  sql << kInsertLink, soci::use(o, "org"), soci::use(c, "customer"), soci::use(p, p_ind, "project"),
      soci::use(link.url, "url"), soci::use(title.value, title.ind, "title"),
      soci::use(description.value, description.ind, "description"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return LinkId(id);
}

std::optional<Link> LinkRepository::Find(soci::session& sql, OrgId org, LinkId id) {
  db::Query q(kSelectLink);
  q.Bind("org", org.value).Sql(" AND f.id = :id").Bind("id", id.value);
  std::optional<Link> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadLink(row); });
  return out;
}

std::vector<Link> LinkRepository::List(soci::session& sql, OrgId org, const CardScope& scope, int limit,
                                       std::optional<std::int64_t> after_id) {
  return ListOf<Link>(sql, kSelectLink, org, scope, limit, after_id, ReadLink);
}

bool LinkRepository::Update(soci::session& sql, OrgId org, LinkId id, std::int64_t version,
                            const Link& values, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, ver = version, b = by.value;
  OptText title(values.title), description(values.description);
  soci::statement st =
      (sql.prepare << kUpdateLink, soci::use(values.url, "url"), soci::use(title.value, title.ind, "title"),
       soci::use(description.value, description.ind, "description"), soci::use(now, "now"),
       soci::use(b, "by"), soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void LinkRepository::Delete(soci::session& sql, OrgId org, LinkId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteLink, soci::use(o, "org"), soci::use(i, "id");
}

std::int64_t LinkRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  return Count(sql, kCountLinks, org, customer);
}

}  // namespace clientele::files
