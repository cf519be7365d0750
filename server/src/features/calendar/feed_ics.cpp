#include "features/calendar/feed_ics.hpp"

#include "features/activities/activity_validation.hpp"
#include "features/calendar/ical_writer.hpp"

namespace clientele::calendar {

namespace {

using activities::FeedActivity;
using activities::Kind;

/// The activity's own description and the customer it is with (calendar apps show only the description).
std::string Description(const FeedActivity& a) {
  std::string text = a.values.description.value_or("");
  if (!text.empty()) text += "\n\n";
  return text + "Customer: " + a.customer_name;
}

void WriteCommon(ICalWriter& w, const FeedActivity& a, const std::string& stamp) {
  w.Line("UID", "activity-" + std::to_string(a.id.value) + "@clientele");
  w.Line("DTSTAMP", stamp);
  w.Line("LAST-MODIFIED", DateTimeValue(a.updated_at));
  w.Text("SUMMARY", a.values.name);
  w.Text("DESCRIPTION", Description(a));
}

void WriteEvent(ICalWriter& w, const FeedActivity& a, const std::string& stamp) {
  const auto& v = a.values;
  w.Begin("VEVENT");
  WriteCommon(w, a, stamp);
  if (v.all_day) {
    // DTEND of a DATE event is exclusive: the day after the last day.
    w.Line("DTSTART;VALUE=DATE", DateValue(*v.start_at));
    w.Line("DTEND;VALUE=DATE", activities::NextDayCompact(*v.end_at));
  } else {
    w.Line("DTSTART", DateTimeValue(*v.start_at));
    w.Line("DTEND", DateTimeValue(*v.end_at));
  }
  if (v.location) w.Text("LOCATION", *v.location);
  w.End("VEVENT");
}

void WriteTodo(ICalWriter& w, const FeedActivity& a, const std::string& stamp) {
  const auto& v = a.values;
  w.Begin("VTODO");
  WriteCommon(w, a, stamp);
  w.Line("DUE", DateTimeValue(*v.due_at));
  if (v.is_done) {
    w.Line("STATUS", "COMPLETED");
    if (v.done_at) w.Line("COMPLETED", DateTimeValue(*v.done_at));
  } else {
    w.Line("STATUS", "NEEDS-ACTION");
  }
  w.End("VTODO");
}

}  // namespace

std::string WriteFeed(const std::vector<FeedActivity>& items, const std::string& now) {
  const std::string stamp = DateTimeValue(now);
  ICalWriter w;
  w.Begin("VCALENDAR");
  w.Line("VERSION", "2.0");
  w.Line("PRODID", "-//Clientele//Activities//EN");
  w.Line("CALSCALE", "GREGORIAN");
  w.Line("METHOD", "PUBLISH");
  w.Text("X-WR-CALNAME", "Clientele activities");
  for (const auto& a : items) {
    if (a.values.kind == Kind::kCalendar && a.values.start_at && a.values.end_at)
      WriteEvent(w, a, stamp);
    else if (a.values.kind == Kind::kTodo && a.values.due_at)
      WriteTodo(w, a, stamp);
  }
  w.End("VCALENDAR");
  return w.str();
}

}  // namespace clientele::calendar
