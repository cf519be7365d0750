#pragma once

#include "features/addresses/address_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::addresses {

/// /api/v1/customers/{id}/addresses and /api/v1/addresses/{id}.
void AddAddressRoutes(http::Router& router, AddressService& service);

}  // namespace clientele::addresses
