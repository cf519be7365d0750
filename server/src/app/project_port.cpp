#include "app/project_port.hpp"

namespace clientele::app {

namespace {

notes::ProjectRef RefOf(const projects::ProjectName& p) {
  return {notes::ProjectId(p.id.value), p.number, p.name, p.customer};
}

std::vector<projects::ProjectId> ProjectIds(const std::vector<notes::ProjectId>& ids) {
  std::vector<projects::ProjectId> out;
  out.reserve(ids.size());
  for (const auto& id : ids) out.emplace_back(id.value);
  return out;
}

}  // namespace

notes::ProjectPort ProjectPortOf(projects::ProjectService& projects) {
  notes::ProjectPort port;
  port.names = [&projects](soci::session& sql, OrgId org, const std::vector<notes::ProjectId>& ids) {
    std::vector<notes::ProjectRef> out;
    for (const auto& p : projects.Names(sql, org, ProjectIds(ids))) out.push_back(RefOf(p));
    return out;
  };
  port.visible_names = [&projects](soci::session& sql, const auth::Principal& caller,
                                   const std::vector<notes::ProjectId>& ids) {
    std::vector<notes::ProjectRef> out;
    for (const auto& p : projects.VisibleNames(sql, caller, ProjectIds(ids))) out.push_back(RefOf(p));
    return out;
  };
  port.visible = [&projects](soci::session& sql, const auth::Principal& caller,
                             notes::ProjectId id) -> Result<notes::ProjectRef> {
    CLIENTELE_TRY(p, projects.Visible(sql, caller, projects::ProjectId(id.value)));
    return RefOf({p.id, p.number, p.values.name, p.customer});
  };
  port.audience = [&projects](soci::session& sql, OrgId org, notes::ProjectId id) {
    return projects.ProjectAudienceOf(sql, org, projects::ProjectId(id.value));
  };
  return port;
}

}  // namespace clientele::app
