#pragma once

#include "features/statuses/status_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::statuses {

/// /api/v1/settings/sales-statuses and /api/v1/settings/task-statuses.
void AddStatusRoutes(http::Router& router, StatusService& service);

}  // namespace clientele::statuses
