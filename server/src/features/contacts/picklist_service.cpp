#include "features/contacts/picklist_service.hpp"

#include <algorithm>

#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::contacts {

namespace {

const char* Entity(PicklistKind kind) { return kind == PicklistKind::kKeyword ? "keyword" : "contact_role"; }
const char* Noun(PicklistKind kind) { return kind == PicklistKind::kKeyword ? "keyword" : "contact role"; }

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

Error DuplicateName(PicklistKind kind, const std::string& name) {
  Error e = Error::Conflict(std::string("There already is a ") + Noun(kind) + " named \"" + name + "\"");
  e.fields.push_back({"name", "is already in use"});
  return e;
}

}  // namespace

void PicklistService::Audit(soci::session& sql, const auth::Principal& caller, PicklistKind kind,
                            std::int64_t id, const std::string& field, std::optional<std::string> old_value,
                            std::optional<std::string> new_value, const std::string& now) {
  audit::AuditEntry e;
  e.entity = Entity(kind);
  e.entity_id = id;
  e.field = field;
  e.old_value = std::move(old_value);
  e.new_value = std::move(new_value);
  e.changed_at = now;
  e.changed_by = {caller.user, caller.user_name};
  audit_.Insert(sql, caller.org, e);
}

Result<std::string> PicklistService::CheckName(soci::session& sql, OrgId org, PicklistKind kind,
                                               const std::string& name, std::optional<std::int64_t> self) {
  std::string trimmed = validation::Trim(name);
  if (auto e = validation::CheckLine(trimmed, 100)) return Error::Validation("name", *e);
  auto existing = repo_.FindByKey(sql, org, kind, validation::FoldCase(trimmed));
  if (existing && existing != self) return DuplicateName(kind, trimmed);
  return trimmed;
}

Result<std::vector<PicklistItem>> PicklistService::List(const auth::Principal& caller, PicklistKind kind,
                                                        bool include_disabled) {
  return db_.Read([&](soci::session& sql) -> Result<std::vector<PicklistItem>> {
    return repo_.List(sql, caller.org, kind, include_disabled);
  });
}

Result<PicklistItem> PicklistService::Create(const auth::Principal& caller, PicklistKind kind,
                                             std::optional<std::string> name) {
  CLIENTELE_CHECK(CheckManage(caller));
  if (!name) return Error::Validation("name", "is required");
  return db_.Write([&](soci::session& sql) -> Result<PicklistItem> {
    CLIENTELE_TRY(checked, CheckName(sql, caller.org, kind, *name, std::nullopt));
    if (repo_.Count(sql, caller.org, kind) >= kMaxPicklistItems) {
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxPicklistItems) + " " +
                             Noun(kind) + "s");
    }
    const std::string now = util::NowIso();
    std::int64_t id = 0;
    try {
      id = repo_.Insert(sql, caller.org, kind, checked, caller.user, now);
    } catch (const soci::soci_error& e) {
      // A concurrent request took the name between our check and the insert.
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(kind, checked);
      throw;
    }
    Audit(sql, caller, kind, id, "created", std::nullopt, checked, now);
    return *repo_.Find(sql, caller.org, kind, id);
  });
}

Result<PicklistItem> PicklistService::Update(const auth::Principal& caller, PicklistKind kind,
                                             std::int64_t id, const PicklistPatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<PicklistItem> {
    auto current = repo_.Find(sql, caller.org, kind, id);
    if (!current) return Error::NotFound(std::string("No such ") + Noun(kind));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    std::string name = current->name;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      CLIENTELE_TRY(checked, CheckName(sql, caller.org, kind, *patch.name.value, id));
      name = checked;
    }
    bool active = current->is_active;
    if (patch.is_active.present) {
      if (!patch.is_active.value) return Error::Validation("isActive", "must not be null");
      active = *patch.is_active.value;
    }
    auto stale = [&]() {
      Error e =
          Error::Conflict(std::string("Someone else changed this ") + Noun(kind) + " after you opened it");
      if (auto now_current = repo_.Find(sql, caller.org, kind, id)) e.current = *now_current;
      return e;
    };
    if (*patch.version != current->version) return stale();
    if (name == current->name && active == current->is_active) return *current;
    const std::string now = util::NowIso();
    try {
      if (!repo_.Update(sql, caller.org, kind, id, *patch.version, name, active, caller.user, now))
        return stale();
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(kind, name);
      throw;
    }
    if (name != current->name) Audit(sql, caller, kind, id, "name", current->name, name, now);
    if (active != current->is_active) {
      Audit(sql, caller, kind, id, "isActive", current->is_active ? "true" : "false",
            active ? "true" : "false", now);
    }
    return *repo_.Find(sql, caller.org, kind, id);
  });
}

Status PicklistService::Delete(const auth::Principal& caller, PicklistKind kind, std::int64_t id,
                               const PicklistDeletion& deletion) {
  CLIENTELE_CHECK(CheckManage(caller));
  if (deletion.move_to && deletion.remove_from_contacts) {
    return Error::Validation("moveTo", "give either moveTo or removeFromContacts, not both");
  }
  return db_.Write([&](soci::session& sql) -> Status {
    auto item = repo_.Find(sql, caller.org, kind, id);
    if (!item) return Error::NotFound(std::string("No such ") + Noun(kind));
    const std::string now = util::NowIso();
    std::optional<std::string> outcome;
    if (deletion.move_to) {
      if (*deletion.move_to == id)
        return Error::Validation("moveTo", "must be another " + std::string(Noun(kind)));
      auto target = repo_.Find(sql, caller.org, kind, *deletion.move_to);
      if (!target)
        return Error::Validation("moveTo", std::string("is not a ") + Noun(kind) + " of this organization");
      if (!target->is_active) return Error::Validation("moveTo", std::string("is a disabled ") + Noun(kind));
      repo_.MoveUsage(sql, caller.org, kind, id, target->id, caller.user, now);
      outcome = std::to_string(item->usage_count) + " contacts moved to " + target->name;
    } else if (deletion.remove_from_contacts) {
      repo_.RemoveUsage(sql, caller.org, kind, id, caller.user, now);
      outcome = "removed from " + std::to_string(item->usage_count) + " contacts";
    } else if (item->usage_count > 0) {
      const auto n = item->usage_count;
      return Error::Conflict(std::string("The ") + Noun(kind) + " \"" + item->name + "\" is used by " +
                             std::to_string(n) + (n == 1 ? " contact" : " contacts") +
                             "; delete it with ?moveTo=ID to give them another one, or with "
                             "?removeFromContacts=true to take it away from them");
    }
    repo_.Delete(sql, caller.org, kind, id);
    Audit(sql, caller, kind, id, "deleted", item->name, outcome, now);
    return Ok();
  });
}

std::vector<FieldError> PicklistService::CheckAssignable(soci::session& sql, OrgId org, PicklistKind kind,
                                                         const std::vector<std::int64_t>& ids,
                                                         const std::vector<std::int64_t>& kept,
                                                         const std::string& field) {
  const auto found = repo_.FindMany(sql, org, kind, ids);
  for (auto id : ids) {
    auto it =
        std::find_if(found.begin(), found.end(), [&](const PicklistItem& item) { return item.id == id; });
    if (it == found.end()) {
      return {{field, std::to_string(id) + " is not a " + Noun(kind) + " of this organization"}};
    }
    if (!it->is_active && std::find(kept.begin(), kept.end(), id) == kept.end()) {
      return {
          {field, "\"" + it->name + "\" is a disabled " + Noun(kind) + " and cannot be given to contacts"}};
    }
  }
  return {};
}

}  // namespace clientele::contacts
