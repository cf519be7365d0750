#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/hours/work_type.hpp"
#include "features/hours/work_type_repository.hpp"
#include "features/settings/organization_settings_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::hours {

/// The organization's work types (Settings). Anyone signed in reads them (the timesheet needs them);
/// changing them needs the settings right. A type in use cannot be deleted, only disabled.
class WorkTypeService {
 public:
  WorkTypeService(db::Database& db, settings::OrganizationSettingsService& settings)
      : db_(db), settings_(settings) {}

  Result<std::vector<WorkType>> List(const auth::Principal& caller);
  Result<WorkType> Create(const auth::Principal& caller, const NewWorkType& input);
  Result<WorkType> Update(const auth::Principal& caller, WorkTypeId id, const WorkTypePatch& patch);
  Status Delete(const auth::Principal& caller, WorkTypeId id);

  /// For hour entries and prices, inside their transaction (prices in the base currency, no usage count).
  std::optional<WorkType> Find(soci::session& sql, OrgId org, WorkTypeId id);
  /// For the settings: "work types have prices" while any price is above zero.
  std::optional<std::string> PricedInBaseCurrency(soci::session& sql, OrgId org);

 private:
  /// Checks name, code and price of `next` (trimmed in place) against the list; 422 or 409 on a field.
  Status CheckValues(soci::session& sql, OrgId org, const std::string& base_currency, WorkType& next);

  db::Database& db_;
  settings::OrganizationSettingsService& settings_;
  WorkTypeRepository repo_;
};

}  // namespace clientele::hours
