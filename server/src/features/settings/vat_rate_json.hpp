#pragma once

#include <nlohmann/json.hpp>

#include "features/settings/vat_rate.hpp"
#include "platform/errors/result.hpp"

namespace clientele::settings {

void to_json(nlohmann::json& j, const VatRate& r);

/// Bodies of POST and PATCH; unknown fields → 422, wrong types → 400.
Result<NewVatRate> ParseNewVatRate(const nlohmann::json& body);
Result<VatRatePatch> ParseVatRatePatch(const nlohmann::json& body);

}  // namespace clientele::settings
