// HourService: entering, changing and deleting hour entries.
#include "features/hours/hour_access.hpp"
#include "features/hours/hour_money.hpp"
#include "features/hours/hour_service.hpp"
#include "platform/events/after_commit.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/text.hpp"

namespace clientele::hours {

namespace {

constexpr std::size_t kMaxDescription = 2000;

void CheckFields(const HourEntryRow& row, std::vector<FieldError>& errors) {
  if (row.minutes <= 0 || row.minutes > kMinutesPerDay)
    errors.push_back({"minutes", "must be between 1 and 1440 (24 hours)"});
  if (auto e = validation::CheckDate(row.date)) errors.push_back({"date", *e});
  if (validation::CodePoints(row.description) > kMaxDescription)
    errors.push_back({"description", "must be at most 2000 characters"});
}

/// A key that serializes the writers of one user's day (the 24-hour check reads, then writes).
std::int64_t DayKey(OrgId org, UserId user, const std::string& date) {
  return static_cast<std::int64_t>(
      std::hash<std::string>{}(std::to_string(org.value) + "/" + std::to_string(user.value) + "/" + date) >>
      1);
}

}  // namespace

Result<projects::Project> HourService::ProjectFor(soci::session& sql, const auth::Principal& caller,
                                                  ProjectId id) {
  auto project = projects_.Visible(sql, caller, id);
  if (!project.ok() && project.error().code == ErrorCode::kNotFound)
    return Error::Validation("projectId", "is not a project of this organization");
  return project;
}

Result<WorkType> HourService::WorkTypeFor(soci::session& sql, OrgId org, WorkTypeId id,
                                          std::optional<WorkTypeId> kept) {
  auto type = work_types_.Find(sql, org, id);
  if (!type) return Error::Validation("workTypeId", "is not a work type of this organization");
  if (!type->active && kept != id)
    return Error::Validation("workTypeId", "\"" + type->name + "\" is disabled");
  return std::move(*type);
}

Status HourService::CheckUser(soci::session& sql, OrgId org, UserId user, std::optional<UserId> kept) {
  auto found = users_.FindUser(sql, org, user);
  if (!found) return Error::Validation("userId", "is not a user of this organization");
  if (!found->is_active && kept != user) return Error::Validation("userId", "is an inactive user");
  return Ok();
}

Status HourService::Price(soci::session& sql, OrgId org, const projects::Project& project,
                          const WorkType& type, HourEntryRow& row) {
  const std::string& currency = project.values.currency;
  row.currency = currency;
  if (auto own = prices_.PriceOf(sql, org, project.id, type.id)) {
    row.unit_price = *own;
  } else if (type.hourly_price.amount == 0 || type.hourly_price.currency == currency) {
    row.unit_price = type.hourly_price.amount;
  } else {
    return Error::Validation("workTypeId", "\"" + type.name + "\" is priced in " +
                                               type.hourly_price.currency + " and the project is in " +
                                               currency + ": set the project's own price for it");
  }
  const auto user = users_.FindUser(sql, org, row.user);
  const std::int64_t cost = user && user->hourly_cost ? *user->hourly_cost : 0;
  if (cost > 0 && user->cost_currency != currency) {
    return Error::Validation("userId", "has an hourly cost in " + user->cost_currency +
                                           " and the project is in " + currency +
                                           "; no exchange rate is stored to convert it");
  }
  row.unit_cost = cost;
  if (row.unit_price == 0) row.billable = false;
  return Ok();
}

Status HourService::CheckDay(soci::session& sql, OrgId org, const HourEntryRow& row,
                             std::optional<HourEntryId> self) {
  db_.LockKey(sql, DayKey(org, row.user, row.date));
  const auto other = repo_.DayMinutes(sql, org, row.user, row.date, self);
  if (other + row.minutes > kMinutesPerDay) {
    return Error::Validation("minutes", "would make " + std::to_string(other + row.minutes) + " minutes on " +
                                            row.date + "; a day has at most 1440 (24 hours)");
  }
  return Ok();
}

Result<HourEntry> HourService::Create(const auth::Principal& caller, const NewHourEntry& input) {
  std::vector<FieldError> errors;
  if (!input.project_id) errors.push_back({"projectId", "is required"});
  if (!input.work_type_id) errors.push_back({"workTypeId", "is required"});
  if (!input.date) errors.push_back({"date", "is required"});
  if (!input.minutes) errors.push_back({"minutes", "is required"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  HourEntryRow row;
  row.user = UserId(input.user_id.value_or(caller.user.value));
  row.date = *input.date;
  row.minutes = *input.minutes;
  row.description = validation::Trim(input.description.value_or(""));
  CheckFields(row, errors);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<HourEntry> {
    CLIENTELE_TRY(project, ProjectFor(sql, caller, ProjectId(*input.project_id)));
    CLIENTELE_CHECK(CheckMayRecord(caller, project, row.user));
    CLIENTELE_CHECK(CheckOpenForHours(caller, project));
    if (row.user != caller.user) CLIENTELE_CHECK(CheckUser(sql, caller.org, row.user, std::nullopt));
    CLIENTELE_TRY(type, WorkTypeFor(sql, caller.org, WorkTypeId(*input.work_type_id), std::nullopt));
    row.project = project.id;
    row.customer = project.customer;
    row.work_type = type.id;
    row.billable = input.billable.value_or(type.billable);
    CLIENTELE_CHECK(Price(sql, caller.org, project, type, row));
    CLIENTELE_CHECK(CheckDay(sql, caller.org, row, std::nullopt));
    const auto id = repo_.Insert(sql, caller.org, row, caller.user, util::NowIso());
    after.Set(EventOf(sql, caller.org, events::ChangeType::kCreated, project, id));
    return Shown(sql, caller, id);
  }));
}

Result<std::pair<HourEntry, projects::Project>> HourService::Changeable(soci::session& sql,
                                                                        const auth::Principal& caller,
                                                                        HourEntryId id) {
  auto entry = repo_.Find(sql, caller.org, id);
  if (!entry) return Error::NotFound("No such hour entry");
  CLIENTELE_TRY(project, projects_.Visible(sql, caller, entry->project));
  CLIENTELE_CHECK(CheckMayRecord(caller, project, entry->user.id));
  if (entry->invoice_id) return Error::Conflict("This hour entry is invoiced and can no longer change");
  CLIENTELE_CHECK(CheckOpenForHours(caller, project));
  return std::make_pair(std::move(*entry), std::move(project));
}

Result<HourEntryRow> HourService::Patched(soci::session& sql, const auth::Principal& caller,
                                          const HourEntry& current, const projects::Project& project,
                                          const HourEntryPatch& patch) {
  std::vector<FieldError> errors;
  auto required = [&](const auto& field, const char* name) {
    if (field.present && !field.value) errors.push_back({name, "must not be null"});
  };
  required(patch.user_id, "userId");
  required(patch.project_id, "projectId");
  required(patch.work_type_id, "workTypeId");
  required(patch.date, "date");
  required(patch.minutes, "minutes");
  required(patch.billable, "billable");
  if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  HourEntryRow row{current.user.id,     current.project,
                   current.customer,    current.work_type,
                   current.date,        current.minutes,
                   current.description, current.billable,
                   current.unit_price,  current.unit_cost.value_or(0),
                   current.currency};
  if (patch.user_id.present) row.user = UserId(*patch.user_id.value);
  if (patch.project_id.present) row.project = ProjectId(*patch.project_id.value);
  if (patch.work_type_id.present) row.work_type = WorkTypeId(*patch.work_type_id.value);
  if (patch.date.present) row.date = *patch.date.value;
  if (patch.minutes.present) row.minutes = *patch.minutes.value;
  if (patch.description.present) row.description = validation::Trim(patch.description.value.value_or(""));
  CheckFields(row, errors);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  const bool repriced =
      row.user != current.user.id || row.project != current.project || row.work_type != current.work_type;
  CLIENTELE_TRY(type, WorkTypeFor(sql, caller.org, row.work_type, current.work_type));
  if (patch.billable.present)
    row.billable = *patch.billable.value;
  else if (row.work_type != current.work_type)
    row.billable = type.billable;
  if (!repriced) {
    if (row.unit_price == 0) row.billable = false;
    return row;
  }
  auto target = project;
  if (row.project != current.project) {
    CLIENTELE_TRY(other, ProjectFor(sql, caller, row.project));
    target = std::move(other);
    CLIENTELE_CHECK(CheckOpenForHours(caller, target));
  }
  CLIENTELE_CHECK(CheckMayRecord(caller, target, row.user));
  if (row.user != current.user.id) CLIENTELE_CHECK(CheckUser(sql, caller.org, row.user, std::nullopt));
  row.customer = target.customer;
  CLIENTELE_CHECK(Price(sql, caller.org, target, type, row));
  return row;
}

Result<HourEntry> HourService::Update(const auth::Principal& caller, HourEntryId id,
                                      const HourEntryPatch& patch) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<HourEntry> {
    CLIENTELE_TRY(found, Changeable(sql, caller, id));
    auto& [current, project] = found;
    CLIENTELE_TRY(row, Patched(sql, caller, current, project, patch));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this hour entry after you opened it");
      e.current = Shown(sql, caller, id);
      return e;
    };
    if (*patch.version != current.version) return stale();
    CLIENTELE_CHECK(CheckDay(sql, caller.org, row, id));
    if (!repo_.Update(sql, caller.org, id, *patch.version, row, caller.user, util::NowIso())) return stale();
    after.Set(EventOf(sql, caller.org, events::ChangeType::kUpdated, project, id));
    return Shown(sql, caller, id);
  }));
}

Status HourService::Delete(const auth::Principal& caller, HourEntryId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(found, Changeable(sql, caller, id));
    after.Set(EventOf(sql, caller.org, events::ChangeType::kDeleted, found.second, id));
    repo_.Delete(sql, caller.org, id);
    return Ok();
  }));
}

}  // namespace clientele::hours
