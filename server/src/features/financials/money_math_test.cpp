#include "features/financials/money_math.hpp"

#include <gtest/gtest.h>

namespace clientele::financials {
namespace {

TEST(MoneyMath, LineAmountRoundsHalfAwayFromZeroOnce) {
  EXPECT_EQ(LineAmount(125, 1000), 1250);  // 1.25 × 10.00 = 12.50
  EXPECT_EQ(LineAmount(150, 333), 500);    // 1.5 × 3.33 = 4.995 → 5.00
  EXPECT_EQ(LineAmount(149, 333), 496);    // 1.49 × 3.33 = 4.9617 → 4.96
  EXPECT_EQ(LineAmount(50, 1), 1);         // 0.5 × 0.01 = 0.005 → 0.01 (half away from zero)
  EXPECT_EQ(LineAmount(-50, 1), -1);       // −0.005 → −0.01
  EXPECT_EQ(LineAmount(49, 1), 0);
  EXPECT_EQ(LineAmount(-49, 1), 0);
}

TEST(MoneyMath, HoursAmountIsMinutesTimesHourlyPriceRoundedOnce) {
  EXPECT_EQ(HoursAmount(90, 12000), 18000);  // 1.5 h × 120.00
  EXPECT_EQ(HoursAmount(20, 10000), 3333);   // 33.333… → 33.33
  EXPECT_EQ(HoursAmount(40, 10000), 6667);   // 66.666… → 66.67
  EXPECT_EQ(HoursAmount(1, 30), 1);          // 0.5 cent → 1
  EXPECT_EQ(HoursAmount(1, 29), 0);
  // Three 20-minute entries are 99.99 when each is rounded, not the 100.00 of one hour: sums are of rows.
  EXPECT_EQ(3 * *HoursAmount(20, 10000), 9999);
}

TEST(MoneyMath, RowAmountsBeyondTheBoundAreRefusedWithoutOverflow) {
  EXPECT_EQ(LineAmount(100, kMaxRowAmount), kMaxRowAmount);
  EXPECT_EQ(LineAmount(101, kMaxRowAmount), std::nullopt);
  EXPECT_EQ(LineAmount(INT64_MAX, INT64_MAX), std::nullopt) << "the product is computed in 128 bits";
  EXPECT_EQ(LineAmount(INT64_MIN, INT64_MAX), std::nullopt);
  EXPECT_EQ(HoursAmount(1440, kMaxRowAmount), std::nullopt);
  EXPECT_EQ(HoursAmount(60, kMaxRowAmount), kMaxRowAmount);
}

TEST(MoneyMath, PercentsAreTenthsRoundedHalfAwayFromZero) {
  EXPECT_EQ(PercentTenths(1, 3), 333);  // 33.33 % → 33.3
  EXPECT_EQ(PercentTenths(2, 3), 667);
  EXPECT_EQ(PercentTenths(1, 2000), 1);  // 0.05 % → 0.1
  EXPECT_EQ(PercentTenths(-1, 2000), -1);
  EXPECT_EQ(PercentTenths(5, -10), -500);
  EXPECT_EQ(PercentTenths(1, 0), std::nullopt);
  EXPECT_EQ(PercentTenths(INT64_MAX, 1), INT64_MAX) << "clamped, not wrapped";
  EXPECT_EQ(PercentTenths(INT64_MIN, INT64_MIN), 1000);
  EXPECT_EQ(FormatTenths(255), "25.5");
  EXPECT_EQ(FormatTenths(-30), "-3.0");
  EXPECT_EQ(FormatTenths(5), "0.5");
  EXPECT_EQ(FormatTenths(-5), "-0.5");
  EXPECT_EQ(FormatTenths(0), "0.0");
}

TEST(MoneyMath, SumsRememberLeavingThe64BitRange) {
  Sum sum;
  sum.Add(INT64_MAX);
  EXPECT_FALSE(sum.overflow());
  sum.Add(1);
  EXPECT_TRUE(sum.overflow());
  Sum times;
  times.AddTimes(kMaxRowAmount, 922'337);
  EXPECT_FALSE(times.overflow());
  times.AddTimes(kMaxRowAmount, 1'000'000);
  EXPECT_TRUE(times.overflow());
  Sum negative;
  negative.Subtract(INT64_MIN);
  EXPECT_TRUE(negative.overflow());
}

}  // namespace
}  // namespace clientele::financials
