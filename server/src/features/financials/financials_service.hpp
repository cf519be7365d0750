#pragma once

#include <optional>
#include <string>

#include "features/financials/fee_repository.hpp"
#include "features/financials/financials_repository.hpp"
#include "features/financials/forecast_repository.hpp"
#include "features/financials/month_table.hpp"
#include "features/financials/project_access.hpp"
#include "platform/db/database.hpp"

namespace clientele::financials {

/// A project's month table with its currency and span.
struct ProjectFinancials {
  ProjectId project;
  std::string currency;
  std::string from;  // YYYY-MM
  std::string to;
  MonthTable table;
};

/// The project card's Financials tab: actuals from hours and fees beside the forecast, month by month.
class FinancialsService {
 public:
  FinancialsService(db::Database& db, const ProjectPort& projects) : db_(db), access_(projects) {}

  /// Months from..to (YYYY-MM); each defaults to the span around the organization's current month
  /// (six back, twelve ahead). 403 without financials view on the project.
  Result<ProjectFinancials> ForProject(const auth::Principal& caller, ProjectId project,
                                       const std::optional<std::string>& from,
                                       const std::optional<std::string>& to);

 private:
  db::Database& db_;
  ProjectAccess access_;
  HourFiguresRepository hours_;
  FeeRepository fees_;
  ForecastRepository forecasts_;
};

}  // namespace clientele::financials
