#include "features/hours/iso_week.hpp"

#include <gtest/gtest.h>

namespace clientele::hours {
namespace {

TEST(IsoWeekDays, GivesMondayToSunday) {
  auto days = IsoWeekDays("2026-W49");
  ASSERT_TRUE(days);
  EXPECT_EQ(days->front(), "2026-11-30");
  EXPECT_EQ(days->back(), "2026-12-06");
  EXPECT_EQ(days->size(), 7u);
}

TEST(IsoWeekDays, WeekOneMayStartInTheYearBefore) {
  EXPECT_EQ(IsoWeekDays("2026-W01")->front(), "2025-12-29");
  EXPECT_EQ(IsoWeekDays("2021-W01")->front(), "2021-01-04");
  EXPECT_EQ(IsoWeekDays("2020-W53")->back(), "2021-01-03");
}

TEST(IsoWeekDays, RefusesWeeksThatDoNotExist) {
  EXPECT_FALSE(IsoWeekDays("2025-W53")) << "2025 has 52 weeks";
  EXPECT_EQ(IsoWeekDays("2026-W53")->back(), "2027-01-03") << "2026 has 53";
  EXPECT_TRUE(IsoWeekDays("2020-W53"));
  EXPECT_FALSE(IsoWeekDays("2026-W00"));
  EXPECT_FALSE(IsoWeekDays("2026-49"));
  EXPECT_FALSE(IsoWeekDays("2026-w49"));
  EXPECT_FALSE(IsoWeekDays("1800-W01"));
}

TEST(IsoWeekOf, FindsTheWeekAcrossYearEnds) {
  EXPECT_EQ(IsoWeekOf("2026-12-05"), "2026-W49");
  EXPECT_EQ(IsoWeekOf("2025-12-29"), "2026-W01");
  EXPECT_EQ(IsoWeekOf("2021-01-03"), "2020-W53");
  EXPECT_EQ(IsoWeekOf("2024-12-30"), "2025-W01");
}

}  // namespace
}  // namespace clientele::hours
