#pragma once

#include "features/hours/hour_service.hpp"
#include "features/hours/project_price_service.hpp"
#include "features/hours/work_type_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::hours {

/// /api/v1/settings/work-types.
void AddWorkTypeRoutes(http::Router& router, WorkTypeService& service);
/// /api/v1/projects/{id}/prices.
void AddProjectPriceRoutes(http::Router& router, ProjectPriceService& service);
/// /api/v1/hours, /api/v1/hours/{id} and /api/v1/me/timesheet.
void AddHourRoutes(http::Router& router, HourService& service);

}  // namespace clientele::hours
