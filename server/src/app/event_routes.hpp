#pragma once

#include <chrono>
#include <cstddef>

#include "platform/events/event_bus.hpp"
#include "platform/http/router.hpp"

namespace clientele::app {

/// Bounds on live-update streams, besides the server's total (http::ServerOptions::max_event_streams).
struct EventStreamPolicy {
  /// A stream ends after this long; the browser's EventSource reconnects (with the caller's rights then).
  std::chrono::milliseconds lifetime = std::chrono::hours(1);
  /// Streams one user, and one organization, may hold at once; one more is answered 429.
  std::size_t max_per_user = 5;
  std::size_t max_per_org = 200;
};

/// GET /api/v1/events: the Server-Sent Events stream of the changes the caller may see (docs/api.md), within
/// `policy`.
void AddEventRoutes(http::Router& router, events::EventBus& bus, const EventStreamPolicy& policy = {});

}  // namespace clientele::app
