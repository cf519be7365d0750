#pragma once

#include "features/registry/registry_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::registry {

/// /api/v1/customers/{id}/registry-lookup, /registry-update and
/// /api/v1/registry/companies/{country}/{businessId}.
void AddRegistryRoutes(http::Router& router, RegistryService& service);

}  // namespace clientele::registry
