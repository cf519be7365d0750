#pragma once

#include "features/settings/vat_rate_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::settings {

/// /api/v1/settings/vat-rates.
void AddVatRateRoutes(http::Router& router, VatRateService& service);

}  // namespace clientele::settings
