#pragma once

#include <optional>
#include <string>

#include "features/calendar/calendar_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::calendar {

/// /api/v1/me/calendar-feed (signed in) and /calendar/{token}.ics (public: the token is the credential).
/// Feed URLs start with `public_url` when the server has one configured, else with the request's Host.
void AddCalendarRoutes(http::Router& router, CalendarService& service, std::optional<std::string> public_url);

}  // namespace clientele::calendar
