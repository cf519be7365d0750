#pragma once

#include "features/customers/customer_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::customers {

/// /api/v1/customers and the card header routes under it.
void AddCustomerRoutes(http::Router& router, CustomerService& service);

}  // namespace clientele::customers
