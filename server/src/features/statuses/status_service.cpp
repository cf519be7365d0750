#include "features/statuses/status_service.hpp"

#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::statuses {

namespace {

constexpr const char* kSalesEntity = "sales_status";
constexpr const char* kTaskEntity = "task_status";
constexpr std::int64_t kMaxPosition = 10000;

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

Error DuplicateName(const std::string& name) {
  Error e = Error::Conflict("There already is a status named \"" + name + "\"");
  e.fields.push_back({"name", "is already in use"});
  return e;
}

void CheckRange(std::optional<std::int64_t> value, const char* field, std::int64_t max,
                std::vector<FieldError>& errors) {
  if (value && (*value < 0 || *value > max))
    errors.push_back({field, "must be between 0 and " + std::to_string(max)});
}

const char* Bool(bool b) { return b ? "true" : "false"; }

/// A status that projects or tasks still reference: the database refuses to delete it.
Error InUse(const std::string& noun) {
  return Error::Conflict("This " + noun + " has been used; disable it instead of deleting it");
}

}  // namespace

std::string_view CategoryName(SalesCategory category) {
  switch (category) {
    case SalesCategory::kWon:
      return "won";
    case SalesCategory::kLost:
      return "lost";
    case SalesCategory::kInProgress:
      break;
  }
  return "in_progress";
}

std::optional<SalesCategory> ParseCategory(std::string_view name) {
  if (name == "in_progress") return SalesCategory::kInProgress;
  if (name == "won") return SalesCategory::kWon;
  if (name == "lost") return SalesCategory::kLost;
  return std::nullopt;
}

void StatusService::Audit(soci::session& sql, const auth::Principal& caller, const char* entity,
                          std::int64_t id, const Changes& changes, const std::string& now) {
  for (const auto& [field, values] : changes) {
    audit::AuditEntry e;
    e.entity = entity;
    e.entity_id = id;
    e.field = field;
    if (!values.first.empty()) e.old_value = values.first;
    if (!values.second.empty()) e.new_value = values.second;
    e.changed_at = now;
    e.changed_by = {caller.user, caller.user_name};
    audit_.Insert(sql, caller.org, e);
  }
}

Result<std::string> StatusService::CheckName(soci::session& sql, OrgId org, bool sales,
                                             const std::string& name, std::optional<std::int64_t> self) {
  std::string trimmed = validation::Trim(name);
  if (auto e = validation::CheckLine(trimmed, 100)) return Error::Validation("name", *e);
  auto existing = repo_.FindByKey(sql, org, sales, validation::FoldCase(trimmed));
  if (existing && existing != self) return DuplicateName(trimmed);
  return trimmed;
}

std::optional<SalesStatus> StatusService::FirstSales(soci::session& sql, OrgId org, SalesCategory category) {
  for (auto& s : repo_.ListSales(sql, org, false))
    if (s.category == category) return s;
  return std::nullopt;
}

std::optional<TaskStatus> StatusService::DefaultTask(soci::session& sql, OrgId org) {
  for (auto& s : repo_.ListTask(sql, org, true))
    if (s.is_default) return s;
  return std::nullopt;
}

// ---- Sales statuses

Result<std::vector<SalesStatus>> StatusService::ListSales(const auth::Principal& caller,
                                                          bool include_disabled) {
  return db_.Read([&](soci::session& sql) -> Result<std::vector<SalesStatus>> {
    return repo_.ListSales(sql, caller.org, include_disabled);
  });
}

Result<SalesStatus> StatusService::CreateSales(const auth::Principal& caller, const NewSalesStatus& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  std::vector<FieldError> errors;
  if (!input.name) errors.push_back({"name", "is required"});
  std::optional<SalesCategory> category;
  if (!input.category)
    errors.push_back({"category", "is required"});
  else if (!(category = ParseCategory(*input.category)))
    errors.push_back({"category", "must be in_progress, won or lost"});
  CheckRange(input.probability, "probability", 100, errors);
  CheckRange(input.position, "position", kMaxPosition, errors);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<SalesStatus> {
    CLIENTELE_TRY(name, CheckName(sql, caller.org, true, *input.name, std::nullopt));
    if (repo_.Count(sql, caller.org, true) >= kMaxStatuses)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxStatuses) +
                             " statuses");
    SalesStatus s;
    s.name = name;
    s.category = *category;
    s.probability = input.probability.value_or(*category == SalesCategory::kWon ? 100 : 0);
    s.position = input.position.value_or(repo_.NextPosition(sql, caller.org, true));
    const std::string now = util::NowIso();
    try {
      s.id = repo_.InsertSales(sql, caller.org, s, caller.user, now);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(name);
      throw;
    }
    Audit(sql, caller, kSalesEntity, s.id.value, {{"created", {"", name}}}, now);
    return *repo_.FindSales(sql, caller.org, s.id);
  });
}

Result<SalesStatus> StatusService::UpdateSales(const auth::Principal& caller, SalesStatusId id,
                                               const SalesStatusPatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<SalesStatus> {
    auto current = repo_.FindSales(sql, caller.org, id);
    if (!current) return Error::NotFound("No such sales status");
    std::vector<FieldError> errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    SalesStatus next = *current;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      CLIENTELE_TRY(name, CheckName(sql, caller.org, true, *patch.name.value, id.value));
      next.name = name;
    }
    if (patch.category.present) {
      auto category = patch.category.value ? ParseCategory(*patch.category.value) : std::nullopt;
      if (!category)
        errors.push_back({"category", "must be in_progress, won or lost"});
      else
        next.category = *category;
    }
    auto required = [&](const auto& field, const char* name, auto& target) {
      if (!field.present) return;
      if (!field.value)
        errors.push_back({name, "must not be null"});
      else
        target = *field.value;
    };
    required(patch.probability, "probability", next.probability);
    required(patch.position, "position", next.position);
    required(patch.is_active, "isActive", next.is_active);
    CheckRange(next.probability, "probability", 100, errors);
    CheckRange(next.position, "position", kMaxPosition, errors);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this sales status after you opened it");
      if (auto now_current = repo_.FindSales(sql, caller.org, id)) e.current = *now_current;
      return e;
    };
    if (*patch.version != current->version) return stale();
    Changes changes;
    if (next.name != current->name) changes.push_back({"name", {current->name, next.name}});
    if (next.category != current->category)
      changes.push_back(
          {"category",
           {std::string(CategoryName(current->category)), std::string(CategoryName(next.category))}});
    if (next.probability != current->probability)
      changes.push_back(
          {"probability", {std::to_string(current->probability), std::to_string(next.probability)}});
    if (next.position != current->position)
      changes.push_back({"position", {std::to_string(current->position), std::to_string(next.position)}});
    if (next.is_active != current->is_active)
      changes.push_back({"isActive", {Bool(current->is_active), Bool(next.is_active)}});
    if (changes.empty()) return *current;
    const std::string now = util::NowIso();
    try {
      if (!repo_.UpdateSales(sql, caller.org, next, *patch.version, caller.user, now)) return stale();
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(next.name);
      throw;
    }
    Audit(sql, caller, kSalesEntity, id.value, changes, now);
    return *repo_.FindSales(sql, caller.org, id);
  });
}

Status StatusService::DeleteSales(const auth::Principal& caller, SalesStatusId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.FindSales(sql, caller.org, id);
    if (!current) return Error::NotFound("No such sales status");
    try {
      repo_.DeleteSales(sql, caller.org, id);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kForeignKey) return InUse("sales status");
      throw;
    }
    const std::string now = util::NowIso();
    Audit(sql, caller, kSalesEntity, id.value, {{"deleted", {current->name, ""}}}, now);
    return Ok();
  });
}

// ---- Task statuses

Result<std::vector<TaskStatus>> StatusService::ListTask(const auth::Principal& caller,
                                                        bool include_disabled) {
  return db_.Read([&](soci::session& sql) -> Result<std::vector<TaskStatus>> {
    return repo_.ListTask(sql, caller.org, include_disabled);
  });
}

Result<TaskStatus> StatusService::CreateTask(const auth::Principal& caller, const NewTaskStatus& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  std::vector<FieldError> errors;
  if (!input.name) errors.push_back({"name", "is required"});
  CheckRange(input.position, "position", kMaxPosition, errors);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<TaskStatus> {
    CLIENTELE_TRY(name, CheckName(sql, caller.org, false, *input.name, std::nullopt));
    if (repo_.Count(sql, caller.org, false) >= kMaxStatuses)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxStatuses) +
                             " statuses");
    TaskStatus s;
    s.name = name;
    s.is_done = input.is_done.value_or(false);
    s.is_default = input.is_default.value_or(false);
    s.position = input.position.value_or(repo_.NextPosition(sql, caller.org, false));
    const std::string now = util::NowIso();
    if (s.is_default) repo_.ClearTaskDefault(sql, caller.org, caller.user, now);
    try {
      s.id = repo_.InsertTask(sql, caller.org, s, caller.user, now);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(name);
      throw;
    }
    Audit(sql, caller, kTaskEntity, s.id.value, {{"created", {"", name}}}, now);
    return *repo_.FindTask(sql, caller.org, s.id);
  });
}

Result<TaskStatus> StatusService::UpdateTask(const auth::Principal& caller, TaskStatusId id,
                                             const TaskStatusPatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<TaskStatus> {
    auto current = repo_.FindTask(sql, caller.org, id);
    if (!current) return Error::NotFound("No such task status");
    std::vector<FieldError> errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    TaskStatus next = *current;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      CLIENTELE_TRY(name, CheckName(sql, caller.org, false, *patch.name.value, id.value));
      next.name = name;
    }
    auto required = [&](const auto& field, const char* name, auto& target) {
      if (!field.present) return;
      if (!field.value)
        errors.push_back({name, "must not be null"});
      else
        target = *field.value;
    };
    required(patch.is_done, "isDone", next.is_done);
    required(patch.is_default, "isDefault", next.is_default);
    required(patch.position, "position", next.position);
    required(patch.is_active, "isActive", next.is_active);
    CheckRange(next.position, "position", kMaxPosition, errors);
    if (current->is_default && !next.is_default)
      errors.push_back({"isDefault", "give another status isDefault: true instead"});
    if (next.is_default && !next.is_active)
      errors.push_back(
          {"isActive", "the default status cannot be disabled; make another one the default first"});
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this task status after you opened it");
      if (auto now_current = repo_.FindTask(sql, caller.org, id)) e.current = *now_current;
      return e;
    };
    if (*patch.version != current->version) return stale();
    Changes changes;
    if (next.name != current->name) changes.push_back({"name", {current->name, next.name}});
    if (next.is_done != current->is_done)
      changes.push_back({"isDone", {Bool(current->is_done), Bool(next.is_done)}});
    if (next.is_default != current->is_default)
      changes.push_back({"isDefault", {Bool(current->is_default), Bool(next.is_default)}});
    if (next.position != current->position)
      changes.push_back({"position", {std::to_string(current->position), std::to_string(next.position)}});
    if (next.is_active != current->is_active)
      changes.push_back({"isActive", {Bool(current->is_active), Bool(next.is_active)}});
    if (changes.empty()) return *current;
    const std::string now = util::NowIso();
    if (next.is_default && !current->is_default) repo_.ClearTaskDefault(sql, caller.org, caller.user, now);
    try {
      if (!repo_.UpdateTask(sql, caller.org, next, *patch.version, caller.user, now)) return stale();
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(next.name);
      throw;
    }
    Audit(sql, caller, kTaskEntity, id.value, changes, now);
    return *repo_.FindTask(sql, caller.org, id);
  });
}

Status StatusService::DeleteTask(const auth::Principal& caller, TaskStatusId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.FindTask(sql, caller.org, id);
    if (!current) return Error::NotFound("No such task status");
    if (current->is_default)
      return Error::Conflict("The default task status cannot be deleted; make another one the default first");
    try {
      repo_.DeleteTask(sql, caller.org, id);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kForeignKey) return InUse("task status");
      throw;
    }
    Audit(sql, caller, kTaskEntity, id.value, {{"deleted", {current->name, ""}}}, util::NowIso());
    return Ok();
  });
}

}  // namespace clientele::statuses
