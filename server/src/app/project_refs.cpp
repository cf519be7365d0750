#include "app/project_refs.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::app {

namespace {

constexpr const char* kSelectProjects =
    "SELECT id, number, name, customer_id FROM projects WHERE org_id = :org AND id IN (";

}  // namespace

notes::ProjectPort ProjectRefsFromTable() {
  return [](soci::session& sql, OrgId org, const std::vector<notes::ProjectId>& ids) {
    std::vector<notes::ProjectRef> out;
    if (ids.empty()) return out;
    db::Query q(kSelectProjects);
    q.Bind("org", org.value);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string name = "p" + std::to_string(i);
      q.Sql((i == 0 ? ":" : ", :") + name).Bind(name, ids[i].value);
    }
    q.Sql(")");
    q.Each(sql, [&](const soci::row& row) {
      db::RowReader r(row);
      out.push_back(
          {notes::ProjectId(r.Int("id")), r.Int("number"), r.Text("name"), CustomerId(r.Int("customer_id"))});
    });
    return out;
  };
}

}  // namespace clientele::app
