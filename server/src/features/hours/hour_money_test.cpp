#include "features/hours/hour_money.hpp"

#include <limits>

#include <gtest/gtest.h>

namespace clientele::hours {
namespace {

TEST(HourValue, WholeHoursAreExact) {
  EXPECT_EQ(HourValue(60, 12000), 12000);
  EXPECT_EQ(HourValue(480, 9950), 8 * 9950);
  EXPECT_EQ(HourValue(0, 12345), 0);
}

TEST(HourValue, RoundsHalfAwayFromZeroOnce) {
  EXPECT_EQ(HourValue(1, 30), 1) << "0.5 rounds up";
  EXPECT_EQ(HourValue(1, 29), 0) << "0.483 rounds down";
  EXPECT_EQ(HourValue(1, 90), 2) << "1.5 rounds up";
  EXPECT_EQ(HourValue(-1, 30), -1) << "-0.5 rounds away from zero";
  EXPECT_EQ(HourValue(-1, 90), -2);
  EXPECT_EQ(HourValue(20, 10001), 3334) << "3333.67";
  EXPECT_EQ(HourValue(90, 12345), 18518) << "18517.5 rounds up";
  // Rounded once at the end: 7 × (1 min at 30) is 3.5 → 4, not 7 × round(0.5) = 7.
  EXPECT_EQ(HourValue(7, 30), 4);
}

TEST(HourValue, ExtremesDoNotOverflow) {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(HourValue(1440, kMaxRowAmount), 24 * kMaxRowAmount);
  EXPECT_EQ(HourValue(60, kMax), kMax) << "the 128-bit product is exact";
  EXPECT_EQ(HourValue(kMax, 60), kMax);
  EXPECT_EQ(HourValue(1, kMax), kMax / 60) << "…930.116 rounds down";
  EXPECT_EQ(HourValue(kMax, kMax), kMax) << "saturates instead of wrapping";
  EXPECT_EQ(HourValue(-kMax, kMax), std::numeric_limits<std::int64_t>::min());
}

}  // namespace
}  // namespace clientele::hours
