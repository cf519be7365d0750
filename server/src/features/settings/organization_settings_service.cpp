#include "features/settings/organization_settings_service.hpp"

#include <stdexcept>
#include <tuple>

#include "features/hours/hour_money.hpp"
#include "features/settings/organization_details.hpp"
#include "features/settings/time_zone.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/money.hpp"

namespace clientele::settings {

namespace {

/// Whether two states hold the same settings (the change stamp and version aside).
bool SameValues(const OrganizationSettings& a, const OrganizationSettings& b) {
  auto values = [](const OrganizationSettings& s) {
    return std::tie(s.name, s.base_currency, s.time_zone, s.legal_name, s.business_id, s.vat_number,
                    s.country, s.address, s.phone, s.email, s.website, s.iban, s.bic, s.invoice_footer,
                    s.payment_term_days, s.overdue_interest, s.invoice_language, s.reference_scheme);
  };
  return values(a) == values(b);
}

}  // namespace

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
  auto details = ApplyDetails(patch, next);
  errors.insert(errors.end(), details.begin(), details.end());
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
    if (SameValues(next, current)) return current;
    const std::string now = util::NowIso();
    if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, now)) return stale();
    // An organization gets its country's VAT rates when its country is first set, unless it has made its own.
    if (!current.country && next.country && vat_rates_.Count(sql, caller.org) == 0) {
      for (const auto& rate : DefaultVatRates(*next.country))
        vat_rates_.Insert(sql, caller.org, rate, caller.user, now);
    }
    return Find(sql, caller.org);
  });
}

}  // namespace clientele::settings
