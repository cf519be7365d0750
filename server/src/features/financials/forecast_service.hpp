#pragma once

#include <optional>
#include <string>

#include "features/financials/fee_repository.hpp"
#include "features/financials/forecast.hpp"
#include "features/financials/forecast_repository.hpp"
#include "features/financials/project_access.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::financials {

/// A project's monthly forecasts, versioned as a whole: financials view to read, financials edit to change.
class ForecastService {
 public:
  ForecastService(db::Database& db, const ProjectPort& projects) : db_(db), access_(projects) {}

  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }
  /// For the projects feature's currency rule: "forecasts" when the project has any, else nullopt.
  std::optional<std::string> PricedRows(soci::session& sql, OrgId org, ProjectId project) {
    if (!repo_.AnyForProject(sql, org, project)) return std::nullopt;
    return std::string("forecasts");
  }

  /// The months from..to (YYYY-MM, both optional) with any figure or note.
  Result<Forecast> Get(const auth::Principal& caller, ProjectId project,
                       const std::optional<std::string>& from, const std::optional<std::string>& to);
  /// Replaces the months listed (the others stay); `input.version` must be the stored one (409 otherwise).
  Result<Forecast> Put(const auth::Principal& caller, ProjectId project, const ForecastInput& input);
  /// Sets the current and later months' revenue, billing and other cost from the project's fees and costs;
  /// 409 listing the months that already have those figures unless `overwrite`.
  Result<Forecast> FillFromFees(const auth::Principal& caller, ProjectId project, const FillRequest& request);

 private:
  Forecast Load(soci::session& sql, OrgId org, const ProjectFacts& facts);
  Error Stale(soci::session& sql, OrgId org, const ProjectFacts& facts);

  db::Database& db_;
  ProjectAccess access_;
  ForecastRepository repo_;
  FeeRepository fees_;
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::financials
