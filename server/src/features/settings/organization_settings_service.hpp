#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "features/settings/organization_settings.hpp"
#include "features/settings/organization_settings_repository.hpp"
#include "features/settings/vat_rate_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::settings {

/// The organization's settings (GET/PATCH /api/v1/settings/organization): anyone signed in reads them (money
/// needs the base currency, invoices print the details), the settings right changes them. Setting the
/// country for the first time gives an organization without VAT rates its country's defaults (FI, NO).
class OrganizationSettingsService {
 public:
  /// What already holds amounts in the base currency ("work types have prices"); nullopt when nothing does.
  /// While anything does, the base currency cannot change (no exchange rate is stored to convert them).
  using CurrencyProbe = std::function<std::optional<std::string>(soci::session&, OrgId)>;

  explicit OrganizationSettingsService(db::Database& db) : db_(db) {}

  void AddBaseCurrencyProbe(CurrencyProbe probe) { probes_.push_back(std::move(probe)); }

  Result<OrganizationSettings> Get(const auth::Principal& caller);
  Result<OrganizationSettings> Update(const auth::Principal& caller, const OrganizationSettingsPatch& patch);

  /// For other features, inside their transaction.
  OrganizationSettings Find(soci::session& sql, OrgId org);

 private:
  std::vector<FieldError> Apply(const OrganizationSettingsPatch& patch, OrganizationSettings& next);

  db::Database& db_;
  OrganizationSettingsRepository repo_;
  VatRateRepository vat_rates_;
  std::vector<CurrencyProbe> probes_;
};

}  // namespace clientele::settings
