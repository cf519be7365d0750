#pragma once

#include "features/settings/organization_settings_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::settings {

/// /api/v1/settings/organization.
void AddOrganizationSettingsRoutes(http::Router& router, OrganizationSettingsService& service);

}  // namespace clientele::settings
