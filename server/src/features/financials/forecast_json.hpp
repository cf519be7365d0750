#pragma once

#include <nlohmann/json.hpp>

#include "features/financials/forecast.hpp"
#include "platform/errors/result.hpp"

namespace clientele::financials {

void to_json(nlohmann::json& j, const Forecast& forecast);

/// PUT /projects/{id}/forecasts: {months: [{month, revenue, billing, laborCost, otherCost, notes}], version}.
Result<ForecastInput> ParseForecastInput(const nlohmann::json& body);
/// POST …/forecasts/fill-from-fees: {overwrite?, version?} (an empty body is {}).
Result<FillRequest> ParseFillRequest(const nlohmann::json& body);

}  // namespace clientele::financials
