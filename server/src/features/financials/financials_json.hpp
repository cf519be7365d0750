#pragma once

#include <nlohmann/json.hpp>

#include "features/financials/financials_service.hpp"

namespace clientele::financials {

/// {projectId, currency, from, to, months: [{month, revenue, billing, laborCost, otherCost, margin,
/// marginPercent, billableMinutes, nonBillableMinutes, billablePercent}], totals}; each money figure is
/// {actual, forecast, difference} of {amount, currency} or null, percents are decimal strings.
void to_json(nlohmann::json& j, const ProjectFinancials& financials);

}  // namespace clientele::financials
