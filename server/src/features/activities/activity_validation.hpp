#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/activities/activity.hpp"
#include "platform/errors/error.hpp"

namespace clientele::activities {

inline constexpr std::size_t kMaxName = 300;
inline constexpr std::size_t kMaxLocation = 300;
inline constexpr std::size_t kMaxDescription = 10000;

/// A UTC timestamp as the API writes it (2026-12-04T09:30:00Z); a fraction of a second is accepted and
/// dropped, as browsers send milliseconds. Nullopt when `text` is not a real UTC time of that form.
std::optional<std::string> NormalizeTimestamp(std::string_view text);

/// The day after `midnight` (YYYY-MM-DDT00:00:00Z), as YYYYMMDD: an all-day entry's exclusive iCalendar end.
std::string NextDayCompact(const std::string& midnight);

/// The time-related fields a client sent, before they are checked against the activity's kind.
struct TimeInput {
  Field<std::string> due_at;
  Field<std::string> start_at;
  Field<std::string> end_at;
  Field<bool> all_day;
};

/// Applies `input` to `values` by its kind: a to-do takes dueAt only, a calendar entry startAt, endAt and
/// allDay (both times required, end not before start, whole days when all-day). Problems go to `errors`.
void ApplyTimes(const TimeInput& input, ActivityValues& values, std::vector<FieldError>& errors);

/// Trims and checks name, description and location in place (a to-do has no location).
void NormalizeTexts(ActivityValues& values, std::vector<FieldError>& errors);

/// The participants without duplicates, in the client's order; an error when there are too many.
std::optional<FieldError> Deduplicate(std::vector<ParticipantRef>& participants);

}  // namespace clientele::activities
