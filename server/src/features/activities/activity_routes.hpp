#pragma once

#include "features/activities/activity_service.hpp"
#include "features/activities/activity_type_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::activities {

/// /api/v1/customers/{id}/activities, /api/v1/projects/{id}/activities and /api/v1/activities/{id}.
void AddActivityRoutes(http::Router& router, ActivityService& service);
/// /api/v1/settings/activity-types.
void AddActivityTypeRoutes(http::Router& router, ActivityTypeService& service);

}  // namespace clientele::activities
