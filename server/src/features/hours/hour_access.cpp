#include "features/hours/hour_access.hpp"

#include <algorithm>

namespace clientele::hours {

using auth::Allows;
using auth::Ownership;

namespace {

Ownership OwnershipOf(const auth::Principal& caller, const projects::Project& project) {
  return OwnsProject(caller, project) ? Ownership::kOwned : Ownership::kNotOwned;
}

}  // namespace

bool OwnsProject(const auth::Principal& caller, const projects::Project& project) {
  const auto& v = project.values;
  return v.owner == caller.user || v.sales_person == caller.user ||
         std::find(v.members.begin(), v.members.end(), caller.user) != v.members.end();
}

bool MayViewFinancials(const auth::Principal& caller, const projects::Project& project) {
  return Allows(caller.permissions.financials.view, OwnershipOf(caller, project));
}

bool MayEditFinancials(const auth::Principal& caller, const projects::Project& project) {
  return Allows(caller.permissions.financials.edit, OwnershipOf(caller, project));
}

bool SeesCosts(const auth::Principal& caller) {
  return caller.permissions.settings_manage || caller.permissions.financials.edit != auth::Scope::kNone;
}

Status CheckMayRecord(const auth::Principal& caller, const projects::Project& project, UserId user) {
  if (MayEditFinancials(caller, project)) return Ok();
  if (user != caller.user) return Error::Forbidden("Recording hours for someone else needs financials edit");
  if (!OwnsProject(caller, project))
    return Error::Forbidden("You may record hours only on projects you own or are a member of");
  return Ok();
}

Status CheckOpenForHours(const auth::Principal& caller, const projects::Project& project) {
  if (project.state != projects::ProjectState::kClosed || MayEditFinancials(caller, project)) return Ok();
  Error e = Error::Conflict(
      "The project is closed: its hours cannot change (reopen it, or ask someone with "
      "financials edit)");
  e.fields.push_back({"projectId", "is closed"});
  return e;
}

}  // namespace clientele::hours
