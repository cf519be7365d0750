#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "features/activities/activity.hpp"
#include "features/activities/activity_repository.hpp"
#include "features/activities/activity_type_service.hpp"
#include "features/activities/participant_repository.hpp"
#include "features/customers/customer_service.hpp"
#include "features/notes/card_scope.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::activities {

/// To-dos and calendar entries on the customer card and the project card (DESIGN.md §6: the customers area
/// covers them). Reading needs customers view, every change customers edit; an activity on a project also
/// needs that project to be visible to the caller, and the customer's list leaves out the activities of
/// projects the caller may not see.
class ActivityService {
 public:
  ActivityService(db::Database& db, customers::CustomerService& customers, ActivityTypeService& types)
      : db_(db), types_(types), access_(customers, projects_) {}

  /// The projects feature's answer to "which customer has this project, may the caller see it, and what is
  /// it called" (the same port notes use).
  void SetProjectPort(notes::ProjectPort port) { projects_ = std::move(port); }

  /// A customer's activities and its projects' ones. A page may hold fewer than `limit` items (even none)
  /// while `next_cursor` is set: activities of projects hidden from the caller are left out after paging.
  Result<Page<Activity>> ListForCustomer(const auth::Principal& caller, CustomerId customer, ListState state,
                                         const PageRequest& page);
  Result<Page<Activity>> ListForProject(const auth::Principal& caller, ProjectId project, ListState state,
                                        const PageRequest& page);
  Result<Activity> Get(const auth::Principal& caller, ActivityId id);
  /// An activity of the customer, or of one of its projects when `input.project_id` is set.
  Result<Activity> CreateForCustomer(const auth::Principal& caller, CustomerId customer,
                                     const NewActivity& input);
  Result<Activity> CreateForProject(const auth::Principal& caller, ProjectId project,
                                    const NewActivity& input);
  Result<Activity> Update(const auth::Principal& caller, ActivityId id, const ActivityPatch& patch);
  Status Delete(const auth::Principal& caller, ActivityId id);

  /// For CustomerService's attachment probe: "3 activities", or nullopt when none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);
  /// The calendar feed of `user`: dated activities from `from` on that the user owns or takes part in, in
  /// date order, at most `limit`.
  std::vector<FeedActivity> Feed(soci::session& sql, OrgId org, UserId user, const std::string& from,
                                 int limit);

 private:
  using Scoper = std::function<Result<notes::CardScope>(soci::session&)>;

  Result<Page<Activity>> List(const auth::Principal& caller, ListState state, const PageRequest& page,
                              const Scoper& scope);
  Result<Activity> Create(const auth::Principal& caller, const NewActivity& input, const Scoper& scope);
  /// The activity with its participants and project, or 404.
  Result<Activity> Load(soci::session& sql, OrgId org, ActivityId id);
  /// The caller's rights on an existing activity: its customer, and its project when it has one.
  Status CheckAccess(soci::session& sql, const auth::Principal& caller, const Activity& activity,
                     notes::Need need);
  /// Adds names and participants to listed activities, in one query each.
  void Complete(soci::session& sql, OrgId org, std::vector<Activity>& items);
  /// Checks the type of a new or changed activity and sets kind and type (422 on typeId otherwise).
  void ApplyType(soci::session& sql, OrgId org, std::int64_t type_id, const Activity* current,
                 ActivityValues& values, std::vector<FieldError>& errors);
  /// The owner must be an active user of the organization (a kept owner may have become inactive).
  void CheckOwner(soci::session& sql, OrgId org, UserId owner, const Activity* current,
                  std::vector<FieldError>& errors);
  /// Users of the organization and contacts of `customer`, deduplicated; kept ones may be inactive.
  void CheckParticipants(soci::session& sql, OrgId org, CustomerId customer,
                         std::vector<ParticipantRef>& list, const Activity* current,
                         std::vector<FieldError>& errors);
  Error Stale(soci::session& sql, OrgId org, ActivityId id);

  db::Database& db_;
  ActivityTypeService& types_;
  notes::ProjectPort projects_;
  notes::CardAccess access_;
  ActivityRepository repo_;
  ParticipantRepository participants_;
};

}  // namespace clientele::activities
