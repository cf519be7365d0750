#pragma once

#include "features/financials/fee_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::financials {

void AddFeeRoutes(http::Router& router, FeeService& service);

}  // namespace clientele::financials
