#pragma once

#include "features/projects/project.hpp"
#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"

namespace clientele::hours {

/// Who may do what with hours, prices and costs (DESIGN.md §6, issue 14). Pure: decided from the caller and
/// the project alone.

/// Whether the project is the caller's: owner, sales person or member.
bool OwnsProject(const auth::Principal& caller, const projects::Project& project);
/// Financials view / edit reach this project.
bool MayViewFinancials(const auth::Principal& caller, const projects::Project& project);
bool MayEditFinancials(const auth::Principal& caller, const projects::Project& project);
/// Labor costs (user hourly costs, entries' unit costs) are for settings-managers and financials editors.
bool SeesCosts(const auth::Principal& caller);

/// Recording hours for `user` on `project`: one's own on a project one owns or is a member of; anyone's
/// with financials edit on the project. 403 otherwise.
Status CheckMayRecord(const auth::Principal& caller, const projects::Project& project, UserId user);
/// A closed project takes no changes of hours except from financials editors: 409 with the reason.
Status CheckOpenForHours(const auth::Principal& caller, const projects::Project& project);

}  // namespace clientele::hours
