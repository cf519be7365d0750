#pragma once

#include "features/financials/financials_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::financials {

void AddFinancialsRoutes(http::Router& router, FinancialsService& service);

}  // namespace clientele::financials
