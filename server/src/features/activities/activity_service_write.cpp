// ActivityService: creating and changing activities, and the checks of what they refer to.
#include <algorithm>

#include "features/activities/activity_service.hpp"
#include "features/activities/activity_validation.hpp"
#include "platform/util/clock.hpp"

namespace clientele::activities {

using notes::CardScope;
using notes::Need;

namespace {

bool Kept(const Activity* current, const ParticipantRef& p) {
  if (!current) return false;
  return std::any_of(current->participants.begin(), current->participants.end(),
                     [&](const Participant& q) { return q.type == p.type && q.id && *q.id == p.id; });
}

/// Whether the activity is done, and since when: done now when it becomes done, kept while it stays done.
void ApplyDone(bool is_done, const ActivityValues* current, ActivityValues& v, const std::string& now) {
  v.is_done = is_done;
  if (!is_done)
    v.done_at.reset();
  else if (!current || !current->is_done)
    v.done_at = now;
}

}  // namespace

void ActivityService::ApplyType(soci::session& sql, OrgId org, std::int64_t type_id, const Activity* current,
                                ActivityValues& v, std::vector<FieldError>& errors) {
  auto type = type_id > 0 ? types_.Find(sql, org, ActivityTypeId(type_id)) : std::nullopt;
  if (!type) {
    errors.push_back({"typeId", "is not an activity type of this organization"});
  } else if (current && type->kind != current->values.kind) {
    errors.push_back({"typeId", "must be a type of the same kind (" +
                                    std::string(KindName(current->values.kind)) +
                                    "); the kind of an activity cannot change"});
  } else if (!type->active && (!current || current->values.type != type->id)) {
    errors.push_back({"typeId", "\"" + type->name + "\" is disabled"});
  } else {
    v.type = type->id;
    v.kind = type->kind;
  }
}

void ActivityService::CheckOwner(soci::session& sql, OrgId org, UserId owner, const Activity* current,
                                 std::vector<FieldError>& errors) {
  if (current && current->values.owner == owner) return;
  auto users = participants_.UsersActive(sql, org, {owner.value});
  if (!users.count(owner.value))
    errors.push_back({"ownerId", "is not a user of this organization"});
  else if (!users[owner.value])
    errors.push_back({"ownerId", "is an inactive user"});
}

void ActivityService::CheckParticipants(soci::session& sql, OrgId org, CustomerId customer,
                                        std::vector<ParticipantRef>& list, const Activity* current,
                                        std::vector<FieldError>& errors) {
  if (auto e = Deduplicate(list)) {
    errors.push_back(*e);
    return;
  }
  std::vector<std::int64_t> user_ids, contact_ids;
  for (const auto& p : list) (p.type == ParticipantRef::Type::kUser ? user_ids : contact_ids).push_back(p.id);
  auto users = participants_.UsersActive(sql, org, user_ids);
  auto contacts = participants_.ContactCustomers(sql, org, contact_ids);
  for (const auto& p : list) {
    const std::string which = std::to_string(p.id);
    if (p.type == ParticipantRef::Type::kUser) {
      if (!users.count(p.id)) {
        errors.push_back({"participants", "user " + which + " is not a user of this organization"});
        return;
      }
      if (!users[p.id] && !Kept(current, p)) {
        errors.push_back({"participants", "user " + which + " is inactive"});
        return;
      }
    } else if (!contacts.count(p.id) || contacts[p.id] != customer) {
      errors.push_back({"participants", "contact " + which + " is not a contact of this customer"});
      return;
    }
  }
}

Result<Activity> ActivityService::Create(const auth::Principal& caller, const NewActivity& input,
                                         const Scoper& scope) {
  return db_.Write([&](soci::session& sql) -> Result<Activity> {
    CLIENTELE_TRY(where, scope(sql));
    std::vector<FieldError> errors;
    ActivityValues v;
    if (!input.type_id)
      errors.push_back({"typeId", "is required"});
    else
      ApplyType(sql, caller.org, *input.type_id, nullptr, v, errors);
    if (!input.name) errors.push_back({"name", "is required"});
    if (!errors.empty()) return Error::Validation(std::move(errors));
    v.name = *input.name;
    v.description = input.description;
    v.location = input.location;
    ApplyTimes({input.due_at, input.start_at, input.end_at, input.all_day}, v, errors);
    NormalizeTexts(v, errors);
    v.project = where.project;
    v.owner = input.owner_id ? UserId(*input.owner_id) : caller.user;
    CheckOwner(sql, caller.org, v.owner, nullptr, errors);
    auto participants = input.participants.value_or(std::vector<ParticipantRef>{});
    CheckParticipants(sql, caller.org, where.customer, participants, nullptr, errors);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    const std::string now = util::NowIso();
    ApplyDone(input.is_done.value_or(false), nullptr, v, now);
    const auto id = repo_.Insert(sql, caller.org, where.customer, v, caller.user, now);
    participants_.Replace(sql, caller.org, id, participants, v.SortAt());
    return Load(sql, caller.org, id);
  });
}

Result<Activity> ActivityService::CreateForCustomer(const auth::Principal& caller, CustomerId customer,
                                                    const NewActivity& input) {
  return Create(caller, input, [&](soci::session& sql) {
    return access_.CustomerWithProject(sql, caller, customer, input.project_id, Need::kEdit);
  });
}

Result<Activity> ActivityService::CreateForProject(const auth::Principal& caller, ProjectId project,
                                                   const NewActivity& input) {
  if (input.project_id) return Error::Validation("projectId", "is given by the path here");
  return Create(caller, input,
                [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kEdit); });
}

Result<Activity> ActivityService::Update(const auth::Principal& caller, ActivityId id,
                                         const ActivityPatch& patch) {
  return db_.Write([&](soci::session& sql) -> Result<Activity> {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_CHECK(CheckAccess(sql, caller, current, Need::kEdit));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    std::vector<FieldError> errors;
    ActivityValues v = current.values;
    auto not_null = [&](const auto& field, const char* name) {
      if (field.present && !field.value) errors.push_back({name, "must not be null"});
      return field.present && field.value;
    };
    if (not_null(patch.type_id, "typeId"))
      ApplyType(sql, caller.org, *patch.type_id.value, &current, v, errors);
    if (not_null(patch.name, "name")) v.name = *patch.name.value;
    if (patch.description.present) v.description = patch.description.value;
    if (patch.location.present) v.location = patch.location.value;
    ApplyTimes({patch.due_at, patch.start_at, patch.end_at, patch.all_day}, v, errors);
    NormalizeTexts(v, errors);
    if (patch.project_id.present) {
      if (!patch.project_id.value) {
        v.project.reset();
      } else if (!current.values.project || current.values.project->value != *patch.project_id.value) {
        CLIENTELE_TRY(where, access_.CustomerWithProject(sql, caller, current.customer,
                                                         *patch.project_id.value, Need::kEdit));
        v.project = where.project;
      }
    }
    if (not_null(patch.owner_id, "ownerId")) {
      v.owner = UserId(*patch.owner_id.value);
      CheckOwner(sql, caller.org, v.owner, &current, errors);
    }
    std::optional<std::vector<ParticipantRef>> participants;
    if (patch.participants.present) {
      participants = patch.participants.value.value_or(std::vector<ParticipantRef>{});
      CheckParticipants(sql, caller.org, current.customer, *participants, &current, errors);
    }
    const bool done_given = not_null(patch.is_done, "isDone");
    if (!errors.empty()) return Error::Validation(std::move(errors));
    if (*patch.version != current.version) return Stale(sql, caller.org, id);
    const std::string now = util::NowIso();
    if (done_given) ApplyDone(*patch.is_done.value, &current.values, v, now);
    if (!repo_.Update(sql, caller.org, id, *patch.version, v, caller.user, now))
      return Stale(sql, caller.org, id);
    if (participants)
      participants_.Replace(sql, caller.org, id, *participants, v.SortAt());
    else if (v.SortAt() != current.values.SortAt())
      participants_.SetSortAt(sql, caller.org, id, v.SortAt());
    return Load(sql, caller.org, id);
  });
}

}  // namespace clientele::activities
