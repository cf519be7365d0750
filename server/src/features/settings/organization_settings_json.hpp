#pragma once

#include <nlohmann/json.hpp>

#include "features/settings/organization_settings.hpp"
#include "platform/errors/result.hpp"

namespace clientele::settings {

void to_json(nlohmann::json& j, const OrganizationSettings& s);
/// A PATCH body; unknown fields → 422, wrong types → 400.
Result<OrganizationSettingsPatch> ParseOrganizationSettingsPatch(const nlohmann::json& body);

}  // namespace clientele::settings
