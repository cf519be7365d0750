#include "features/settings/vat_rate_service.hpp"

#include <variant>

#include "platform/util/clock.hpp"
#include "platform/validation/percent.hpp"
#include "platform/validation/text.hpp"

namespace clientele::settings {

namespace {

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

/// Applies a name, percent and category as sent onto `next`; one error per rejected field.
void ApplyValues(const std::optional<std::string>& name, const std::optional<std::string>& percent,
                 const std::optional<std::string>& category, VatRate& next, std::vector<FieldError>& errors) {
  if (name) {
    next.name = validation::Trim(*name);
    if (auto e = validation::CheckLine(next.name, 100)) errors.push_back({"name", *e});
  }
  if (percent) {
    auto parsed = validation::ParsePercent(*percent);
    if (auto* e = std::get_if<std::string>(&parsed))
      errors.push_back({"percent", *e});
    else
      next.percent = std::get<std::int64_t>(parsed);
  }
  if (category) {
    if (auto c = ParseVatCategory(*category))
      next.category = *c;
    else
      errors.push_back({"category", "must be an EN 16931 VAT category: S, Z, E, AE or O"});
  }
  if (errors.empty() && next.category != VatCategory::kStandard && next.percent != 0)
    errors.push_back({"percent", "must be 0 for a category other than S (standard)"});
  if (errors.empty() && next.category == VatCategory::kStandard && next.percent == 0)
    errors.push_back({"category", "must be Z, E, AE or O for a 0 % rate"});
}

}  // namespace

Result<std::vector<VatRate>> VatRateService::List(const auth::Principal& caller) {
  return db_.Read(
      [&](soci::session& sql) -> Result<std::vector<VatRate>> { return repo_.List(sql, caller.org); });
}

Result<VatRate> VatRateService::Create(const auth::Principal& caller, const NewVatRate& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  std::vector<FieldError> errors;
  if (!input.name) errors.push_back({"name", "is required"});
  if (!input.percent) errors.push_back({"percent", "is required"});
  VatRate next;
  if (errors.empty()) ApplyValues(input.name, input.percent, input.category, next, errors);
  next.active = input.active.value_or(true);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<VatRate> {
    if (repo_.Count(sql, caller.org) >= kMaxVatRates)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxVatRates) +
                             " VAT rates");
    const auto id = repo_.Insert(sql, caller.org, next, caller.user, util::NowIso());
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<VatRate> VatRateService::Update(const auth::Principal& caller, VatRateId id,
                                       const VatRatePatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<VatRate> {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such VAT rate");
    std::vector<FieldError> errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    auto required = [&](const Field<std::string>& field, const char* name) {
      if (field.present && !field.value) errors.push_back({name, "must not be null"});
      return field.value;
    };
    auto name = required(patch.name, "name");
    auto percent = required(patch.percent, "percent");
    auto category = required(patch.category, "category");
    VatRate next = *current;
    if (patch.active.present) {
      if (patch.active.value)
        next.active = *patch.active.value;
      else
        errors.push_back({"isActive", "must not be null"});
    }
    if (errors.empty()) ApplyValues(name, percent, category, next, errors);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this VAT rate after you opened it");
      e.current = *repo_.Find(sql, caller.org, id);
      return e;
    };
    if (*patch.version != current->version) return stale();
    if (next.percent != current->percent && current->usage_count > 0) {
      Error e =
          Error::Conflict("This VAT rate is used by " + std::to_string(current->usage_count) +
                          " fees, costs or invoice rows; its percent cannot change. Add a new rate instead");
      e.fields.push_back({"percent", "is in use"});
      return e;
    }
    if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, util::NowIso())) return stale();
    return *repo_.Find(sql, caller.org, id);
  });
}

Status VatRateService::Delete(const auth::Principal& caller, VatRateId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such VAT rate");
    // Checked before the DELETE: a failed statement would end a PostgreSQL transaction.
    if (current->usage_count > 0) {
      Error e = Error::Conflict("The VAT rate \"" + current->name + "\" is used by " +
                                std::to_string(current->usage_count) +
                                " fees, costs or invoice rows; deactivate it instead");
      e.fields.push_back({"id", "is used by fees, costs or invoice rows"});
      return e;
    }
    repo_.Delete(sql, caller.org, id);
    return Ok();
  });
}

std::optional<std::string> VatRateService::Unusable(soci::session& sql, OrgId org, VatRateId id) {
  auto rate = repo_.Find(sql, org, id);
  if (!rate) return std::string("is not a VAT rate of this organization");
  if (!rate->active) return "names the inactive VAT rate \"" + rate->name + "\"";
  return std::nullopt;
}

}  // namespace clientele::settings
