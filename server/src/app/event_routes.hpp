#pragma once

#include "platform/events/event_bus.hpp"
#include "platform/http/router.hpp"

namespace clientele::app {

/// GET /api/v1/events: the Server-Sent Events stream of the changes the caller may see (docs/api.md).
void AddEventRoutes(http::Router& router, events::EventBus& bus);

}  // namespace clientele::app
