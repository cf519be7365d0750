#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/financials/forecast.hpp"

namespace clientele::financials {

/// The project_forecasts and project_forecast_versions tables. Every statement filters by organization.
class ForecastRepository {
 public:
  /// The project's forecast (months in order, at most `limit`), version 0 when it was never saved.
  Forecast Load(soci::session& sql, OrgId org, ProjectId project, const std::optional<std::string>& from,
                const std::optional<std::string>& to, int limit);
  /// Moves the forecast from `version` to the next one; false when `version` is not the stored one.
  bool Advance(soci::session& sql, OrgId org, ProjectId project, std::int64_t version, UserId by,
               const std::string& now);
  /// Whether the project has any forecast month.
  bool AnyForProject(soci::session& sql, OrgId org, ProjectId project);
  /// Writes a month (deletes it when it is empty).
  void Save(soci::session& sql, OrgId org, ProjectId project, const std::string& currency,
            const ForecastMonth& month, UserId by, const std::string& now);
};

}  // namespace clientele::financials
