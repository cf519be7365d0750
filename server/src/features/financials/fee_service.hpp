#pragma once

#include <functional>
#include <optional>
#include <string>

#include "features/financials/fee.hpp"
#include "features/financials/fee_repository.hpp"
#include "features/financials/project_access.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::financials {

/// A project's fees and costs. Seeing them needs financials view on the project, changing them financials
/// edit (DESIGN.md §6: the financials area covers fees); an invoiced row is locked (409).
class FeeService {
 public:
  FeeService(db::Database& db, const ProjectPort& projects) : db_(db), access_(projects) {}

  /// Why a VAT rate id cannot be named by a fee of `org` (not its rate, inactive); nullopt when it can.
  using VatRateCheck = std::function<std::optional<std::string>(soci::session&, OrgId, std::int64_t)>;
  void SetVatRateCheck(VatRateCheck check) { vat_rate_check_ = std::move(check); }

  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }
  /// For the projects feature's currency rule: "fees and costs" when the project has any, else nullopt.
  std::optional<std::string> PricedRows(soci::session& sql, OrgId org, ProjectId project) {
    if (!repo_.AnyForProject(sql, org, project)) return std::nullopt;
    return std::string("fees and costs");
  }

  Result<FeeList> List(const auth::Principal& caller, ProjectId project, const FeeQuery& query,
                       const PageRequest& page);
  Result<Fee> Create(const auth::Principal& caller, ProjectId project, const FeeInput& input);
  Result<Fee> Update(const auth::Principal& caller, FeeId id, const FeeInput& input);
  Status Delete(const auth::Principal& caller, FeeId id);

 private:
  Result<Fee> Load(soci::session& sql, OrgId org, FeeId id);
  Error Stale(soci::session& sql, OrgId org, FeeId id);
  /// 422 on vatRateId when `values` names a rate other than `before` that fees may not use.
  Status CheckVatRate(soci::session& sql, OrgId org, const FeeValues& values,
                      std::optional<std::int64_t> before);

  db::Database& db_;
  ProjectAccess access_;
  FeeRepository repo_;
  events::Publisher* publisher_ = nullptr;
  VatRateCheck vat_rate_check_;
};

}  // namespace clientele::financials
