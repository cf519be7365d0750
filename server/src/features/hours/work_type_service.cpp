#include "features/hours/work_type_service.hpp"

#include "features/hours/hour_money.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/money.hpp"
#include "platform/validation/text.hpp"

namespace clientele::hours {

namespace {

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

Error Duplicate(const std::string& field, const std::string& what, const std::string& value) {
  Error e = Error::Conflict("There already is a work type with the " + what + " \"" + value + "\"");
  e.fields.push_back({field, "is already in use"});
  return e;
}

}  // namespace

std::optional<WorkType> WorkTypeService::Find(soci::session& sql, OrgId org, WorkTypeId id) {
  return repo_.Find(sql, org, id, settings_.Find(sql, org).base_currency);
}

std::optional<std::string> WorkTypeService::PricedInBaseCurrency(soci::session& sql, OrgId org) {
  if (repo_.AnyPriced(sql, org)) return std::string("work types have prices");
  return std::nullopt;
}

Status WorkTypeService::CheckValues(soci::session& sql, OrgId org, const std::string& base_currency,
                                    WorkType& next) {
  std::vector<FieldError> errors;
  next.name = validation::Trim(next.name);
  next.code = validation::Trim(next.code);
  if (auto e = validation::CheckLine(next.name, 100)) errors.push_back({"name", *e});
  if (auto e = validation::CheckLine(next.code, 20)) errors.push_back({"code", *e});
  if (auto e = validation::CheckMoneyAmount(next.hourly_price.amount))
    errors.push_back({"hourlyPrice.amount", *e});
  if (next.hourly_price.currency != base_currency)
    errors.push_back({"hourlyPrice.currency", "must be the organization's base currency " + base_currency});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  auto by_name = repo_.FindByName(sql, org, validation::FoldCase(next.name));
  if (by_name && *by_name != next.id) return Duplicate("name", "name", next.name);
  auto by_code = repo_.FindByCode(sql, org, next.code);
  if (by_code && *by_code != next.id) return Duplicate("code", "code", next.code);
  return Ok();
}

Result<std::vector<WorkType>> WorkTypeService::List(const auth::Principal& caller) {
  return db_.Read([&](soci::session& sql) -> Result<std::vector<WorkType>> {
    return repo_.List(sql, caller.org, settings_.Find(sql, caller.org).base_currency);
  });
}

Result<WorkType> WorkTypeService::Create(const auth::Principal& caller, const NewWorkType& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  std::vector<FieldError> errors = input.shape_errors;
  if (!input.name) errors.push_back({"name", "is required"});
  if (!input.code) errors.push_back({"code", "is required"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<WorkType> {
    const std::string base = settings_.Find(sql, caller.org).base_currency;
    WorkType next;
    next.name = *input.name;
    next.code = *input.code;
    next.hourly_price = input.hourly_price.value_or(Money{0, base});
    next.billable = input.billable.value_or(true);
    next.active = input.active.value_or(true);
    CLIENTELE_CHECK(CheckValues(sql, caller.org, base, next));
    if (repo_.Count(sql, caller.org) >= kMaxWorkTypes)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxWorkTypes) +
                             " work types");
    const auto id = repo_.Insert(sql, caller.org, next, caller.user, util::NowIso());
    return *repo_.Find(sql, caller.org, id, base, WithUsage::kYes);
  });
}

Result<WorkType> WorkTypeService::Update(const auth::Principal& caller, WorkTypeId id,
                                         const WorkTypePatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<WorkType> {
    const std::string base = settings_.Find(sql, caller.org).base_currency;
    auto current = repo_.Find(sql, caller.org, id, base, WithUsage::kYes);
    if (!current) return Error::NotFound("No such work type");
    std::vector<FieldError> errors = patch.shape_errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    WorkType next = *current;
    auto take = [&](const auto& field, auto& target, const char* name) {
      if (!field.present) return;
      if (!field.value)
        errors.push_back({name, "must not be null"});
      else
        target = *field.value;
    };
    take(patch.name, next.name, "name");
    take(patch.code, next.code, "code");
    take(patch.hourly_price, next.hourly_price, "hourlyPrice");
    take(patch.billable, next.billable, "billable");
    take(patch.active, next.active, "isActive");
    if (!errors.empty()) return Error::Validation(std::move(errors));
    CLIENTELE_CHECK(CheckValues(sql, caller.org, base, next));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this work type after you opened it");
      e.current = *repo_.Find(sql, caller.org, id, base, WithUsage::kYes);
      return e;
    };
    if (*patch.version != current->version) return stale();
    if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, util::NowIso())) return stale();
    return *repo_.Find(sql, caller.org, id, base, WithUsage::kYes);
  });
}

Status WorkTypeService::Delete(const auth::Principal& caller, WorkTypeId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id, "", WithUsage::kYes);
    if (!current) return Error::NotFound("No such work type");
    // Checked before the DELETE: a failed statement would end a PostgreSQL transaction.
    if (current->usage_count > 0)
      return Error::Conflict("This work type is used by hour entries or project prices; disable it instead");
    repo_.Delete(sql, caller.org, id);
    return Ok();
  });
}

}  // namespace clientele::hours
