#include "features/activities/activity_type_service.hpp"

#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::activities {

namespace {

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

Error DuplicateName(const std::string& name) {
  Error e = Error::Conflict("There already is an activity type named \"" + name + "\" of this kind");
  e.fields.push_back({"name", "is already in use"});
  return e;
}

}  // namespace

Result<std::string> ActivityTypeService::CheckName(soci::session& sql, OrgId org, Kind kind,
                                                   const std::string& name,
                                                   std::optional<ActivityTypeId> self) {
  std::string trimmed = validation::Trim(name);
  if (auto e = validation::CheckLine(trimmed, 100)) return Error::Validation("name", *e);
  auto existing = repo_.FindByKey(sql, org, kind, validation::FoldCase(trimmed));
  if (existing && existing != self) return DuplicateName(trimmed);
  return trimmed;
}

Result<std::vector<ActivityType>> ActivityTypeService::List(const auth::Principal& caller) {
  return db_.Read(
      [&](soci::session& sql) -> Result<std::vector<ActivityType>> { return repo_.List(sql, caller.org); });
}

Result<ActivityType> ActivityTypeService::Create(const auth::Principal& caller,
                                                 const NewActivityType& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  std::vector<FieldError> errors;
  std::optional<Kind> kind;
  if (!input.kind)
    errors.push_back({"kind", "is required"});
  else if (!(kind = ParseKind(*input.kind)))
    errors.push_back({"kind", "must be todo or calendar"});
  if (!input.name) errors.push_back({"name", "is required"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<ActivityType> {
    CLIENTELE_TRY(name, CheckName(sql, caller.org, *kind, *input.name, std::nullopt));
    if (repo_.Count(sql, caller.org) >= kMaxActivityTypes)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxActivityTypes) +
                             " activity types");
    ActivityTypeId id;
    try {
      id = repo_.Insert(sql, caller.org, *kind, name, input.active.value_or(true), caller.user,
                        util::NowIso());
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(name);
      throw;
    }
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<ActivityType> ActivityTypeService::Update(const auth::Principal& caller, ActivityTypeId id,
                                                 const ActivityTypePatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<ActivityType> {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such activity type");
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    ActivityType next = *current;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      CLIENTELE_TRY(name, CheckName(sql, caller.org, current->kind, *patch.name.value, id));
      next.name = name;
    }
    if (patch.active.present) {
      if (!patch.active.value) return Error::Validation("active", "must be true or false");
      next.active = *patch.active.value;
    }
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this activity type after you opened it");
      if (auto now_current = repo_.Find(sql, caller.org, id)) e.current = *now_current;
      return e;
    };
    if (*patch.version != current->version) return stale();
    if (next.name == current->name && next.active == current->active) return *current;
    try {
      if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, util::NowIso())) return stale();
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(next.name);
      throw;
    }
    return *repo_.Find(sql, caller.org, id);
  });
}

Status ActivityTypeService::Delete(const auth::Principal& caller, ActivityTypeId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such activity type");
    // Checked before the DELETE: a failed statement would end a PostgreSQL transaction.
    if (current->usage_count > 0)
      return Error::Conflict("This activity type is used by " + std::to_string(current->usage_count) +
                             (current->usage_count == 1 ? " activity" : " activities") +
                             "; disable it instead of deleting it");
    repo_.Delete(sql, caller.org, id);
    return Ok();
  });
}

}  // namespace clientele::activities
