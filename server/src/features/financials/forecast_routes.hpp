#pragma once

#include "features/financials/forecast_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::financials {

void AddForecastRoutes(http::Router& router, ForecastService& service);

}  // namespace clientele::financials
