#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/settings/vat_rate.hpp"

namespace clientele::settings {

/// The vat_rates table (an organization list). Every statement filters by organization.
class VatRateRepository {
 public:
  /// Every rate with its usage count: active first, then by percent (highest first) and name.
  std::vector<VatRate> List(soci::session& sql, OrgId org);
  std::optional<VatRate> Find(soci::session& sql, OrgId org, VatRateId id);
  std::int64_t Count(soci::session& sql, OrgId org);
  VatRateId Insert(soci::session& sql, OrgId org, const VatRate& rate, UserId by, const std::string& now);
  /// Writes every field when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, const VatRate& next, std::int64_t version, UserId by,
              const std::string& now);
  void Delete(soci::session& sql, OrgId org, VatRateId id);
};

}  // namespace clientele::settings
