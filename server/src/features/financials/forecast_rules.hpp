#pragma once

#include <string>
#include <vector>

#include "features/financials/forecast.hpp"
#include "features/financials/month_table.hpp"
#include "platform/errors/result.hpp"

namespace clientele::financials {

/// The months of a PUT, validated: YYYY-MM, each once, figures 0..kMaxRowAmount in the project's currency,
/// notes a line of at most kMaxForecastNote characters. All field errors at once.
Result<std::vector<ForecastMonth>> ValidateForecastMonths(const ForecastInput& input,
                                                          const std::string& currency);

/// What "fill forecast from fees" writes: for `current` and later months with fee or cost rows, revenue and
/// billing from the billable rows at quantity × unit price (when the month has any) and other cost from
/// every row at quantity × unit cost (when not zero) — the same definitions as the actuals, so that a month
/// going as planned shows no difference. Labor cost and notes are kept from `existing`.
struct FillPlan {
  std::vector<ForecastMonth> months;
  /// Months among them where a figure it sets is already filled in.
  std::vector<std::string> non_empty;
};
std::optional<FillPlan> PlanFillFromFees(const std::vector<FeeRows>& rows, MonthIndex current,
                                         const std::vector<ForecastMonth>& existing);

}  // namespace clientele::financials
