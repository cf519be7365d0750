#include "features/calendar/ical_writer.hpp"

#include <gtest/gtest.h>

#include "features/calendar/feed_ics.hpp"

namespace clientele::calendar {
namespace {

TEST(ICalText, EscapesBackslashSemicolonCommaAndLineBreaks) {
  EXPECT_EQ(EscapeText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(EscapeText("one\r\ntwo\rthree"), "one\\ntwo\\nthree");
  EXPECT_EQ(EscapeText("Ääkkönen: ok"), "Ääkkönen: ok") << "colons and UTF-8 stay as they are";
}

TEST(ICalFolding, ShortLinesEndInCrlf) { EXPECT_EQ(FoldLine("SUMMARY:Hi"), "SUMMARY:Hi\r\n"); }

TEST(ICalFolding, FoldsAt75OctetsWithALeadingSpace) {
  const std::string line(200, 'x');
  const std::string folded = FoldLine(line);
  std::string unfolded;
  std::size_t start = 0;
  bool first = true;
  while (start < folded.size()) {
    const auto end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    const std::string physical = folded.substr(start, end - start);
    EXPECT_LE(physical.size(), 75u);
    if (!first) {
      ASSERT_EQ(physical[0], ' ');
      unfolded += physical.substr(1);
    } else {
      EXPECT_EQ(physical.size(), 75u);
      unfolded += physical;
    }
    first = false;
    start = end + 2;
  }
  EXPECT_EQ(unfolded, line);
}

TEST(ICalFolding, NeverSplitsAUtf8Sequence) {
  // "ä" is two octets; 74 ASCII octets then "ä" would straddle the 75-octet boundary.
  const std::string line = std::string(74, 'a') + "ääää";
  const std::string folded = FoldLine(line);
  EXPECT_EQ(folded.substr(0, 76), std::string(74, 'a') + "\r\n");
  EXPECT_EQ(folded.substr(76), " ääää\r\n");
  // A three-octet character ("€") at every offset: each physical line must be valid on its own.
  for (int pad = 0; pad < 5; ++pad) {
    std::string euros = std::string(pad, 'a');
    for (int i = 0; i < 60; ++i) euros += "€";
    const std::string out = FoldLine(euros);
    std::size_t start = 0;
    while (start < out.size()) {
      const auto end = out.find("\r\n", start);
      const std::string physical = out.substr(start, end - start);
      EXPECT_LE(physical.size(), 75u);
      const std::string content = start == 0 ? physical : physical.substr(1);
      EXPECT_NE(static_cast<unsigned char>(content[0]) & 0xC0, 0x80) << "starts inside a character";
      start = end + 2;
    }
  }
}

TEST(ICalValues, WritesUtcDateTimesAndDates) {
  EXPECT_EQ(DateTimeValue("2026-12-08T08:05:09Z"), "20261208T080509Z");
  EXPECT_EQ(DateValue("2026-12-08T00:00:00Z"), "20261208");
}

activities::FeedActivity Item(std::int64_t id, activities::Kind kind) {
  activities::FeedActivity a;
  a.id = activities::ActivityId(id);
  a.values.kind = kind;
  a.values.name = "Steering group, Q1; Åland";
  a.customer_name = "Oy Nokia, Ab";
  a.updated_at = "2026-12-01T10:00:00Z";
  return a;
}

TEST(ICalFeed, WritesEventsAllDayEventsAndTodos) {
  auto event = Item(1, activities::Kind::kCalendar);
  event.values.start_at = "2026-12-08T08:00:00Z";
  event.values.end_at = "2026-12-08T09:00:00Z";
  event.values.location = "Helsinki";
  auto all_day = Item(2, activities::Kind::kCalendar);
  all_day.values.all_day = true;
  all_day.values.start_at = "2026-12-30T00:00:00Z";
  all_day.values.end_at = "2026-12-31T00:00:00Z";
  auto todo = Item(3, activities::Kind::kTodo);
  todo.values.due_at = "2026-12-10T12:00:00Z";
  todo.values.is_done = true;
  todo.values.done_at = "2026-12-09T12:00:00Z";
  auto undated = Item(4, activities::Kind::kTodo);
  const std::string ics = WriteFeed({event, all_day, todo, undated}, "2026-12-04T09:30:00Z");
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("UID:activity-1@clientele\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261208T080000Z\r\nDTEND:20261208T090000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Steering group\\, Q1\\; Åland\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DESCRIPTION:Customer: Oy Nokia\\, Ab\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20261230\r\nDTEND;VALUE=DATE:20270101\r\n"), std::string::npos);
  EXPECT_NE(ics.find("BEGIN:VTODO\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DUE:20261210T120000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("STATUS:COMPLETED\r\nCOMPLETED:20261209T120000Z\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("activity-4@"), std::string::npos)
      << "a to-do without due time has no place in a calendar";
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  EXPECT_EQ(ics.find("\n\n"), std::string::npos);
  for (std::size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') ASSERT_EQ(ics[i - 1], '\r') << "bare LF at " << i;
}

}  // namespace
}  // namespace clientele::calendar
