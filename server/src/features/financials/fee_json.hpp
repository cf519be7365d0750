#pragma once

#include <nlohmann/json.hpp>

#include "features/financials/fee.hpp"
#include "platform/errors/result.hpp"

namespace clientele::financials {

void to_json(nlohmann::json& j, const Fee& fee);
void to_json(nlohmann::json& j, const FeeList& list);

/// A POST or PATCH body of a fee or cost (`version` only matters for PATCH).
Result<FeeInput> ParseFeeInput(const nlohmann::json& body);

}  // namespace clientele::financials
