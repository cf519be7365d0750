#include "features/settings/organization_settings_service.hpp"

#include <stdexcept>

#include "features/hours/hour_money.hpp"
#include "features/settings/time_zone.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/money.hpp"

namespace clientele::settings {

OrganizationSettings OrganizationSettingsService::Find(soci::session& sql, OrgId org) {
  auto found = repo_.Find(sql, org);
  if (!found) throw std::runtime_error("organization " + std::to_string(org.value) + " has no row");
  return std::move(*found);
}

Result<OrganizationSettings> OrganizationSettingsService::Get(const auth::Principal& caller) {
  return db_.Read([&](soci::session& sql) -> Result<OrganizationSettings> { return Find(sql, caller.org); });
}

std::vector<FieldError> OrganizationSettingsService::Apply(const OrganizationSettingsPatch& patch,
                                                           OrganizationSettings& next) {
  std::vector<FieldError> errors;
  if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
  if (patch.base_currency.present) {
    if (!patch.base_currency.value || validation::CheckCurrencyCode(*patch.base_currency.value))
      errors.push_back({"baseCurrency", "must be an ISO 4217 code such as EUR or NOK"});
    else
      next.base_currency = *patch.base_currency.value;
  }
  if (patch.time_zone.present) {
    if (!patch.time_zone.value)
      errors.push_back({"timeZone", "must not be null"});
    else if (auto e = CheckTimeZone(*patch.time_zone.value))
      errors.push_back({"timeZone", *e});
    else
      next.time_zone = *patch.time_zone.value;
  }
  return errors;
}

Result<OrganizationSettings> OrganizationSettingsService::Update(const auth::Principal& caller,
                                                                 const OrganizationSettingsPatch& patch) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing the organization's settings needs the settings right");
  return db_.Write([&](soci::session& sql) -> Result<OrganizationSettings> {
    OrganizationSettings current = Find(sql, caller.org);
    OrganizationSettings next = current;
    auto errors = Apply(patch, next);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed the settings after you opened them");
      e.current = Find(sql, caller.org);
      return e;
    };
    if (*patch.version != current.version) return stale();
    if (next.base_currency != current.base_currency) {
      for (const auto& probe : probes_) {
        if (auto what = probe(sql, caller.org)) {
          Error e = Error::Conflict("The base currency cannot change while " + *what + " in " +
                                    current.base_currency + "; set them to zero first");
          e.fields.push_back({"baseCurrency", "is in use"});
          return e;
        }
      }
    }
    if (next.base_currency == current.base_currency && next.time_zone == current.time_zone) return current;
    if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, util::NowIso())) return stale();
    return Find(sql, caller.org);
  });
}

}  // namespace clientele::settings
