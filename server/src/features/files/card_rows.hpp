#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/notes/card_scope.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

// Row helpers shared by the files and links repositories: both tables have the same card columns and list
// indexes, and their SELECTs alias the table as `f`.
namespace clientele::files::rows {

/// The columns every card record has, read into `r`.
template <class T>
void ReadCommon(const db::RowReader& row, T& r) {
  r.customer = CustomerId(row.Int("customer_id"));
  if (auto project = row.OptInt("project_id"))
    r.project = notes::ProjectRef{notes::ProjectId(*project), 0, {}, r.customer};
  r.created_at = row.Text("created_at");
  r.created_by = {UserId(row.Int("created_by")), row.Text("created_by_name")};
  r.updated_at = row.Text("updated_at");
  r.updated_by = {UserId(row.Int("updated_by")), row.Text("updated_by_name")};
  r.version = row.Int("version");
}

/// Newest first within a customer's card (its projects' rows too) or one project's card.
template <class T, class Reader>
std::vector<T> ListOf(soci::session& sql, const char* select, OrgId org, const notes::CardScope& scope,
                      int limit, std::optional<std::int64_t> after_id, Reader read) {
  db::Query q(select);
  q.Bind("org", org.value);
  if (scope.project)
    q.Sql(" AND f.project_id = :project").Bind("project", scope.project->value);
  else
    q.Sql(" AND f.customer_id = :customer").Bind("customer", scope.customer.value);
  if (after_id) q.Sql(" AND f.id < :after").Bind("after", *after_id);
  q.Sql(" ORDER BY f.id DESC LIMIT :lim").Bind("lim", limit);
  std::vector<T> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(read(row)); });
  return out;
}

/// The rows of a customer (for the attachment probe).
inline std::int64_t Count(soci::session& sql, const char* statement, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, count = 0;
  sql << statement, soci::use(o, "org"), soci::use(c, "customer"), soci::into(count);
  return count;
}

/// An optional text as a bound value and its NULL indicator.
struct OptText {
  explicit OptText(const std::optional<std::string>& v)
      : value(v.value_or("")), ind(v ? soci::i_ok : soci::i_null) {}
  std::string value;
  soci::indicator ind;
};

}  // namespace clientele::files::rows
