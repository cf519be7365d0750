#include "features/projects/project_totals.hpp"

#include <limits>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "features/projects/project_json.hpp"
#include "platform/validation/money.hpp"

namespace clientele::projects {
namespace {

constexpr std::int64_t kMax = validation::kMaxMoneyAmount;
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

TEST(TotalsBuilder, SumsPerCurrencyInCurrencyOrderAndRoundsTheWeightedFigureOnce) {
  TotalsBuilder b;
  b.Add("NOK", 500000, 10);
  b.Add("EUR", 100000, 50);
  b.Add("EUR", 200001, 25);  // 50000.25: the figure rounds once, after adding
  const auto totals = b.Build();
  ASSERT_EQ(totals.size(), 2u);
  EXPECT_EQ(totals[0].currency, "EUR");
  EXPECT_EQ(totals[0].count, 2);
  EXPECT_TRUE(totals[0].pipeline == 300001);
  EXPECT_TRUE(totals[0].weighted == 100000);
  EXPECT_EQ(totals[1].currency, "NOK");
  EXPECT_TRUE(totals[1].weighted == 50000);
}

TEST(TotalsBuilder, ThreeHalvesOfACentRoundToTwoNotToThreeRoundedHalves) {
  TotalsBuilder b;
  for (int i = 0; i < 3; ++i) b.Add("EUR", 1, 50);
  EXPECT_TRUE(b.Build()[0].weighted == 2);  // 1.5 → 2; rounding each case first would give 3
}

TEST(TotalsBuilder, ManyRowsAtTheMaximumAndAHundredPercentStayExact) {
  // A million cases at 10^13 and 100 %: Σ amount × probability = 10^21, far beyond an int64 (9.2 × 10^18).
  TotalsBuilder b;
  for (int i = 0; i < 1'000'000; ++i) b.Add("EUR", kMax, 100);
  const auto t = b.Build()[0];
  EXPECT_EQ(t.count, 1'000'000);
  EXPECT_EQ(DecimalString(t.pipeline), "10000000000000000000");
  EXPECT_EQ(DecimalString(t.weighted), "10000000000000000000");
}

TEST(TotalsBuilder, EvenRowsAtTheLargestStoredAmountDoNotOverflow) {
  // Whatever a database row holds fits: int64 max × 100 per row, summed a million times.
  TotalsBuilder b;
  for (int i = 0; i < 1'000'000; ++i) b.Add("EUR", kInt64Max, 100);
  const auto t = b.Build()[0];
  EXPECT_EQ(DecimalString(t.pipeline), "9223372036854775807000000");
  EXPECT_EQ(DecimalString(t.weighted), "9223372036854775807000000");
}

TEST(TotalsBuilder, RoundsHalfAwayFromZero) {
  EXPECT_TRUE(RoundPercent(149) == 1);
  EXPECT_TRUE(RoundPercent(150) == 2);
  EXPECT_TRUE(RoundPercent(-150) == -2);
  EXPECT_TRUE(RoundPercent(-149) == -1);
  EXPECT_TRUE(RoundPercent(0) == 0);
}

TEST(TotalsBuilder, DecimalStringsAreExact) {
  EXPECT_EQ(DecimalString(0), "0");
  EXPECT_EQ(DecimalString(-12), "-12");
  EXPECT_EQ(DecimalString(static_cast<ExactSum>(kInt64Max) * kInt64Max),
            "85070591730234615847396907784232501249");
  EXPECT_EQ(DecimalString(-(static_cast<ExactSum>(kInt64Max) * kInt64Max)),
            "-85070591730234615847396907784232501249");
}

TEST(TotalsJson, FiguresAreIntegersUpTo2To53Minus1AndExactStringsBeyond) {
  CurrencyTotals t{"EUR", 3, (ExactSum{1} << 53) - 1, (ExactSum{1} << 53)};
  const nlohmann::json j = t;
  EXPECT_TRUE(j["pipeline"].is_number_integer());
  EXPECT_EQ(j["pipeline"], 9007199254740991);
  EXPECT_EQ(j["weighted"], "9007199254740992");
  t.pipeline = static_cast<ExactSum>(kInt64Max) * 1000;
  t.weighted = -((ExactSum{1} << 53));
  const nlohmann::json beyond = t;
  EXPECT_EQ(beyond["pipeline"], "9223372036854775807000");
  EXPECT_EQ(beyond["weighted"], "-9007199254740992");
  EXPECT_EQ(beyond["count"], 3);
}

}  // namespace
}  // namespace clientele::projects
