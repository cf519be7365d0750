#include "features/activities/activity_validation.hpp"

#include <gtest/gtest.h>

namespace clientele::activities {
namespace {

Field<std::string> Set(std::string value) { return {true, std::move(value)}; }
Field<std::string> Null() { return {true, std::nullopt}; }

bool Names(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return true;
  return false;
}

ActivityValues Calendar() {
  ActivityValues v;
  v.kind = Kind::kCalendar;
  return v;
}

TEST(ActivityTimestamp, AcceptsUtcSecondsAndDropsFractions) {
  EXPECT_EQ(NormalizeTimestamp("2026-12-04T09:30:00Z"), "2026-12-04T09:30:00Z");
  EXPECT_EQ(NormalizeTimestamp("2026-12-04T09:30:00.123Z"), "2026-12-04T09:30:00Z");
  EXPECT_EQ(NormalizeTimestamp("2028-02-29T00:00:00Z"), "2028-02-29T00:00:00Z");
}

TEST(ActivityTimestamp, RefusesOffsetsMissingZonesAndDaysThatDoNotExist) {
  for (const char* bad : {"2026-12-04T09:30:00", "2026-12-04T09:30:00+02:00", "2026-12-04",
                          "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-12-04T24:00:00Z",
                          "2026-1-04T09:30:00Z", "2026-12-04T09:30:00.Z", "2026-12-04 09:30:00Z", ""})
    EXPECT_FALSE(NormalizeTimestamp(bad)) << bad;
}

TEST(ActivityTimes, ACalendarEntryNeedsStartAndEndWithEndNotBeforeStart) {
  std::vector<FieldError> errors;
  auto v = Calendar();
  ApplyTimes({{}, Set("2026-12-08T08:00:00Z"), {}, {}}, v, errors);
  EXPECT_TRUE(Names(errors, "endAt"));
  errors.clear();
  v = Calendar();
  ApplyTimes({{}, Set("2026-12-08T08:00:00Z"), Set("2026-12-08T07:59:59Z"), {}}, v, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "endAt");
  errors.clear();
  v = Calendar();
  ApplyTimes({{}, Set("2026-12-08T08:00:00Z"), Set("2026-12-08T08:00:00Z"), {}}, v, errors);
  EXPECT_TRUE(errors.empty()) << "a zero-length entry is fine";
  EXPECT_EQ(v.SortAt(), "2026-12-08T08:00:00Z");
}

TEST(ActivityTimes, AllDayEntriesAreWholeDays) {
  std::vector<FieldError> errors;
  auto v = Calendar();
  ApplyTimes({{}, Set("2026-12-08T00:00:00Z"), Set("2026-12-09T00:00:00Z"), {true, true}}, v, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(v.all_day);
  v = Calendar();
  ApplyTimes({{}, Set("2026-12-08T10:00:00Z"), Set("2026-12-09T00:00:00Z"), {true, true}}, v, errors);
  EXPECT_TRUE(Names(errors, "startAt"));
}

TEST(ActivityTimes, KindDecidesWhichTimesAreAllowed) {
  std::vector<FieldError> errors;
  auto v = Calendar();
  ApplyTimes({Set("2026-12-08T08:00:00Z"), Set("2026-12-08T08:00:00Z"), Set("2026-12-08T09:00:00Z"), {}}, v,
             errors);
  EXPECT_TRUE(Names(errors, "dueAt"));
  errors.clear();
  ActivityValues todo;
  ApplyTimes({{}, Set("2026-12-08T08:00:00Z"), {}, {true, true}}, todo, errors);
  EXPECT_TRUE(Names(errors, "startAt"));
  EXPECT_TRUE(Names(errors, "allDay"));
  errors.clear();
  todo = ActivityValues{};
  ApplyTimes({Null(), Null(), Null(), {true, false}}, todo, errors);
  EXPECT_TRUE(errors.empty()) << "null and false are what a to-do has anyway";
  EXPECT_EQ(todo.SortAt(), std::string(kNoDateSortKey)) << "a to-do without due date sorts last";
}

TEST(ActivityTexts, TrimsAndChecksNameLocationAndDescription) {
  std::vector<FieldError> errors;
  auto v = Calendar();
  v.name = "  Steering group  ";
  v.location = "   ";
  v.description = "\n";
  NormalizeTexts(v, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(v.name, "Steering group");
  EXPECT_FALSE(v.location);
  EXPECT_FALSE(v.description) << "empty means none";
  v.name = std::string(301, 'a');
  v.location = "Line\nbreak";
  NormalizeTexts(v, errors);
  EXPECT_TRUE(Names(errors, "name"));
  EXPECT_TRUE(Names(errors, "location"));
  errors.clear();
  ActivityValues todo;
  todo.name = "Call";
  todo.location = "Office";
  NormalizeTexts(todo, errors);
  EXPECT_TRUE(Names(errors, "location")) << "a to-do has no location";
}

TEST(ActivityParticipants, DropsDuplicatesAndLimitsTheCount) {
  using T = ParticipantRef::Type;
  std::vector<ParticipantRef> list = {{T::kUser, 1}, {T::kContact, 1}, {T::kUser, 1}};
  EXPECT_FALSE(Deduplicate(list));
  EXPECT_EQ(list.size(), 2u);
  std::vector<ParticipantRef> many;
  for (int i = 1; i <= 51; ++i) many.push_back({T::kUser, i});
  EXPECT_TRUE(Deduplicate(many));
  std::vector<ParticipantRef> zero = {{T::kUser, 0}};
  EXPECT_TRUE(Deduplicate(zero));
}

TEST(ActivityDates, TheDayAfterForAnExclusiveAllDayEnd) {
  EXPECT_EQ(NextDayCompact("2026-12-31T00:00:00Z"), "20270101");
  EXPECT_EQ(NextDayCompact("2028-02-28T00:00:00Z"), "20280229");
}

}  // namespace
}  // namespace clientele::activities
