#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/settings/vat_rate.hpp"
#include "features/settings/vat_rate_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::settings {

/// The organization's VAT rates (Settings). Anyone signed in reads them (fees name them); changing them
/// needs the settings right. A rate a fee uses cannot be deleted, only deactivated.
class VatRateService {
 public:
  explicit VatRateService(db::Database& db) : db_(db) {}

  Result<std::vector<VatRate>> List(const auth::Principal& caller);
  Result<VatRate> Create(const auth::Principal& caller, const NewVatRate& input);
  Result<VatRate> Update(const auth::Principal& caller, VatRateId id, const VatRatePatch& patch);
  Status Delete(const auth::Principal& caller, VatRateId id);

  /// For fees, inside their transaction: why `id` cannot be named by a fee (not the organization's, or not
  /// active); nullopt when it can.
  std::optional<std::string> Unusable(soci::session& sql, OrgId org, VatRateId id);
  /// For invoicing, inside its transaction: every rate, in the list's order.
  std::vector<VatRate> All(soci::session& sql, OrgId org) { return repo_.List(sql, org); }

 private:
  db::Database& db_;
  VatRateRepository repo_;
};

}  // namespace clientele::settings
