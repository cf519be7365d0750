#pragma once

#include <nlohmann/json.hpp>

#include "features/registry/registry.hpp"
#include "features/registry/registry_service.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

void to_json(nlohmann::json& j, const RegistryAddress& a);
/// GET /customers/{id}/registry-lookup.
void to_json(nlohmann::json& j, const RegistryComparison& c);
/// GET /registry/companies/{country}/{businessId}.
void to_json(nlohmann::json& j, const RegistryCompany& c);

/// POST /customers/{id}/registry-update body {version, fields: [...]}. Wrong types → 400; unknown body fields
/// or field names → 422.
Result<RegistryUpdate> ParseRegistryUpdate(const nlohmann::json& body);

}  // namespace clientele::registry
