#include "features/activities/activity_validation.hpp"

#include <algorithm>
#include <cctype>

#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::activities {

namespace {

bool Digits(std::string_view text, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

/// Sets `target` from a present field; null clears it. The field is checked as a timestamp.
void TakeTime(const Field<std::string>& field, const char* name, std::optional<std::string>& target,
              std::vector<FieldError>& errors) {
  if (!field.present) return;
  if (!field.value) {
    target.reset();
    return;
  }
  auto normalized = NormalizeTimestamp(*field.value);
  if (!normalized) {
    errors.push_back({name, "must be a UTC time like 2026-12-04T09:30:00Z"});
    return;
  }
  target = *normalized;
}

bool IsMidnight(const std::string& timestamp) { return timestamp.substr(10) == "T00:00:00Z"; }

}  // namespace

std::string_view KindName(Kind kind) { return kind == Kind::kCalendar ? "calendar" : "todo"; }

std::optional<Kind> ParseKind(std::string_view name) {
  if (name == "todo") return Kind::kTodo;
  if (name == "calendar") return Kind::kCalendar;
  return std::nullopt;
}

std::string ActivityValues::SortAt() const {
  if (kind == Kind::kCalendar && start_at) return *start_at;
  if (kind == Kind::kTodo && due_at) return *due_at;
  return std::string(kNoDateSortKey);
}

std::optional<std::string> NormalizeTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS, an optional .fraction, then Z.
  if (text.size() < 20 || text.back() != 'Z') return std::nullopt;
  if (!Digits(text, 0, 4) || text[4] != '-' || !Digits(text, 5, 2) || text[7] != '-' || !Digits(text, 8, 2) ||
      text[10] != 'T' || !Digits(text, 11, 2) || text[13] != ':' || !Digits(text, 14, 2) || text[16] != ':' ||
      !Digits(text, 17, 2))
    return std::nullopt;
  if (text.size() > 20) {
    if (text[19] != '.' || text.size() == 21 || text.size() > 30 || !Digits(text, 20, text.size() - 21))
      return std::nullopt;
  }
  std::string seconds = std::string(text.substr(0, 19)) + "Z";
  auto parsed = util::ParseIso(seconds);
  // The round trip refuses dates that do not exist (2026-02-30) instead of moving them.
  if (!parsed || util::ToIso(*parsed) != seconds) return std::nullopt;
  if (seconds < "1900-01-01T00:00:00Z" || seconds > "9999-01-01T00:00:00Z") return std::nullopt;
  return seconds;
}

std::string NextDayCompact(const std::string& midnight) {
  auto parsed = util::ParseIso(midnight);
  std::string next = parsed ? util::ToIso(*parsed + std::chrono::hours(24)) : midnight;
  return next.substr(0, 4) + next.substr(5, 2) + next.substr(8, 2);
}

void ApplyTimes(const TimeInput& input, ActivityValues& v, std::vector<FieldError>& errors) {
  if (v.kind == Kind::kTodo) {
    // A to-do has no start, end or all-day flag: null and false are what it has anyway.
    if (input.start_at.present && input.start_at.value)
      errors.push_back({"startAt", "a to-do has no start time; use dueAt"});
    if (input.end_at.present && input.end_at.value)
      errors.push_back({"endAt", "a to-do has no end time; use dueAt"});
    if (input.all_day.present && input.all_day.value.value_or(false))
      errors.push_back({"allDay", "only a calendar entry can be all-day"});
    TakeTime(input.due_at, "dueAt", v.due_at, errors);
    v.start_at.reset();
    v.end_at.reset();
    v.all_day = false;
    return;
  }
  if (input.due_at.present && input.due_at.value)
    errors.push_back({"dueAt", "a calendar entry has startAt and endAt, not a due time"});
  v.due_at.reset();
  const std::size_t before = errors.size();
  TakeTime(input.start_at, "startAt", v.start_at, errors);
  TakeTime(input.end_at, "endAt", v.end_at, errors);
  if (input.all_day.present) {
    if (!input.all_day.value)
      errors.push_back({"allDay", "must be true or false"});
    else
      v.all_day = *input.all_day.value;
  }
  if (errors.size() != before) return;
  if (!v.start_at) errors.push_back({"startAt", "is required for a calendar entry"});
  if (!v.end_at) errors.push_back({"endAt", "is required for a calendar entry"});
  if (!v.start_at || !v.end_at) return;
  if (v.all_day) {
    if (!IsMidnight(*v.start_at))
      errors.push_back({"startAt", "an all-day entry starts at 00:00:00Z of its first day"});
    if (!IsMidnight(*v.end_at))
      errors.push_back({"endAt", "an all-day entry ends at 00:00:00Z of its last day"});
  }
  if (*v.end_at < *v.start_at) errors.push_back({"endAt", "must not be before startAt"});
}

void NormalizeTexts(ActivityValues& v, std::vector<FieldError>& errors) {
  v.name = validation::Trim(v.name);
  if (auto e = validation::CheckLine(v.name, kMaxName)) errors.push_back({"name", *e});
  validation::TrimOptional(v.location);
  if (v.location && v.kind == Kind::kTodo) {
    errors.push_back({"location", "only a calendar entry has a location"});
  } else {
    validation::CheckOptionalLine(v.location, "location", kMaxLocation, errors);
  }
  if (v.description) {
    // Leading and trailing blank lines are not content; an empty description is none.
    validation::TrimOptional(v.description);
  }
  if (v.description) {
    if (validation::CodePoints(*v.description) > kMaxDescription)
      errors.push_back({"description", "must be at most 10000 characters"});
    for (unsigned char c : *v.description) {
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
        errors.push_back({"description", "must not contain control characters"});
        break;
      }
    }
  }
}

std::optional<FieldError> Deduplicate(std::vector<ParticipantRef>& participants) {
  std::vector<ParticipantRef> unique;
  for (const auto& p : participants)
    if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(p);
  participants = std::move(unique);
  if (participants.size() > kMaxParticipants)
    return FieldError{"participants", "must be at most " + std::to_string(kMaxParticipants) + " people"};
  for (const auto& p : participants)
    if (p.id <= 0) return FieldError{"participants", "ids must be positive"};
  return std::nullopt;
}

}  // namespace clientele::activities
