#pragma once

#include <functional>
#include <optional>
#include <string>

#include "features/calendar/calendar_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::calendar {

/// /api/v1/me/calendar-feed (signed in) and /calendar/{token}.ics (public: the token is the credential).
/// Feed URLs start with `public_url` when the server has one configured, else with `listening_origin()`, the
/// address the server listens on; never with the request's Host header, which the client chooses.
void AddCalendarRoutes(http::Router& router, CalendarService& service, std::optional<std::string> public_url,
                       std::function<std::string()> listening_origin = nullptr);

}  // namespace clientele::calendar
