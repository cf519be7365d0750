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

Status CardAccess::RecordIn(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                            std::optional<ProjectId> project, Need need, std::string_view missing) {
  // The customer first, so a record on a customer the caller may not see answers as on every card.
  CLIENTELE_CHECK(Check(sql, caller, customer, Need::kView));
  // The same rule as the customer's lists (KeepVisibleProjects) and the project's card: the project port.
  if (project && !projects_.visible(sql, caller, *project).ok()) return Error::NotFound(std::string(missing));
  if (need == Need::kEdit) CLIENTELE_CHECK(Check(sql, caller, customer, Need::kEdit));
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
  const auto not_ours = Error::Validation("projectId", "is not a project of this customer");
  if (*project_id <= 0) return not_ours;
  auto project = projects_.visible(sql, caller, ProjectId(*project_id));
  if (!project.ok()) {
    if (project.error().code == ErrorCode::kNotFound) return not_ours;
    return std::move(project).error();
  }
  if (project->customer != customer) return not_ours;
  return CardScope{customer, project->id};
}

Result<CardScope> CardAccess::Project(soci::session& sql, const auth::Principal& caller, ProjectId project,
                                      Need need) {
  CLIENTELE_TRY(found, projects_.visible(sql, caller, project));
  CLIENTELE_CHECK(Check(sql, caller, found.customer, need));
  return CardScope{found.customer, found.id};
}

events::Audience CardAccess::AudienceOf(soci::session& sql, OrgId org, CustomerId customer,
                                        std::optional<ProjectId> project) {
  events::Audience audience;
  audience.account_owner = customers_.AccountOwner(sql, org, customer);
  if (project && projects_.audience) audience.project = projects_.audience(sql, org, *project);
  return audience;
}

}  // namespace clientele::notes
