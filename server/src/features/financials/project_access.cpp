#include "features/financials/project_access.hpp"

#include <algorithm>

#include "platform/util/clock.hpp"

namespace clientele::financials {

namespace {

auth::Ownership OwnershipOf(const auth::Principal& caller, const events::ProjectAudience& p) {
  const bool own = p.owner == caller.user || p.sales_person == caller.user ||
                   std::find(p.members.begin(), p.members.end(), caller.user) != p.members.end();
  return own ? auth::Ownership::kOwned : auth::Ownership::kNotOwned;
}

}  // namespace

Result<ProjectFacts> ProjectAccess::Project(soci::session& sql, const auth::Principal& caller,
                                            ProjectId project, Need need) const {
  CLIENTELE_TRY(facts, port_.visible(sql, caller, project));
  const auto& area = caller.permissions.financials;
  const auto ownership = OwnershipOf(caller, facts.audience);
  if (!auth::Allows(area.view, ownership))
    return Error::Forbidden("You may not see this project's financials");
  if (need == Need::kEdit && !auth::Allows(area.edit, ownership))
    return Error::Forbidden("You may not change this project's financials");
  return facts;
}

events::Event ProjectAccess::EventOf(soci::session& sql, OrgId org, events::ChangeType type,
                                     events::Entity entity, std::int64_t id,
                                     const ProjectFacts& project) const {
  events::Event event;
  event.type = type;
  event.entity = entity;
  event.id = id;
  event.org = org;
  event.customer = project.customer;
  event.project = project.id.value;
  if (port_.account_owner) event.audience.account_owner = port_.account_owner(sql, org, project.customer);
  event.audience.project = project.audience;
  return event;
}

std::string ProjectAccess::Today(soci::session& sql, OrgId org) const {
  return port_.today ? port_.today(sql, org) : util::TodayIso();
}

}  // namespace clientele::financials
