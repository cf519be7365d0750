#pragma once

#include <string>
#include <vector>

#include "features/activities/activity.hpp"

namespace clientele::calendar {

/// The VCALENDAR of a user's feed: calendar entries as VEVENT (all-day ones with DATE values, DTEND the day
/// after the last day), to-dos with a due time as VTODO (STATUS:COMPLETED and COMPLETED when done).
/// `now` (ISO-8601 UTC) is every component's DTSTAMP.
std::string WriteFeed(const std::vector<activities::FeedActivity>& items, const std::string& now);

}  // namespace clientele::calendar
