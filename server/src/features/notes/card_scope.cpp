#include "features/notes/card_scope.hpp"

namespace clientele::notes {

Status CardAccess::Check(soci::session& sql, const auth::Principal& caller, CustomerId customer, Need need) {
  if (need == Need::kEdit) {
    CLIENTELE_CHECK(customers_.Editable(sql, caller, customer));
  } else {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
  }
  return Ok();
}

Result<CardScope> CardAccess::Customer(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                                       Need need) {
  CLIENTELE_CHECK(Check(sql, caller, customer, need));
  return CardScope{customer, std::nullopt};
}

Result<CardScope> CardAccess::CustomerWithProject(soci::session& sql, const auth::Principal& caller,
                                                  CustomerId customer, std::optional<std::int64_t> project_id,
                                                  Need need) {
  CLIENTELE_CHECK(Check(sql, caller, customer, need));
  if (!project_id) return CardScope{customer, std::nullopt};
  auto project =
      *project_id > 0 ? FindProject(projects_, sql, caller.org, ProjectId(*project_id)) : std::nullopt;
  if (!project || project->customer != customer)
    return Error::Validation("projectId", "is not a project of this customer");
  return CardScope{customer, project->id};
}

Result<CardScope> CardAccess::Project(soci::session& sql, const auth::Principal& caller, ProjectId project,
                                      Need need) {
  if (caller.permissions.projects.view == auth::Scope::kNone)
    return Error::Forbidden("You may not view projects");
  auto found = FindProject(projects_, sql, caller.org, project);
  if (!found) return Error::NotFound("No such project");
  CLIENTELE_CHECK(Check(sql, caller, found->customer, need));
  return CardScope{found->customer, found->id};
}

}  // namespace clientele::notes
