#include "features/financials/month_table.hpp"

#include <gtest/gtest.h>

#include "features/financials/money_math.hpp"

namespace clientele::financials {
namespace {

using Opt = std::optional<std::int64_t>;

/// Compares exact amounts and prints both (hledger's balance assertions).
void ExpectFigure(const Figure& f, Opt actual, Opt forecast, Opt difference, const std::string& what) {
  EXPECT_EQ(f.actual, actual) << what << " actual";
  EXPECT_EQ(f.forecast, forecast) << what << " forecast";
  EXPECT_EQ(f.difference, difference) << what << " difference";
}

/// January to March 2026, every figure computed by hand in the comments.
MonthTableInput Fixture() {
  MonthTableInput in;
  in.from = *ParseMonth("2026-01");
  in.to = *ParseMonth("2026-03");
  // Hours arrive as the rollup keeps them: one row per month and billability, each entry's value (minutes ×
  // price / 60) and cost rounded on its own, then summed.
  in.hours = {
      // Billable: 2 × 90 min at 120.00/h (cost 60.00/h): 180.00 and 90.00 each; and 3 × 20 min at 100.00/h
      // (cost 50.00/h): 33.333… → 33.33 and 16.666… → 16.67 each. 240 min, value 2 × 180.00 + 3 × 33.33 =
      // 459.99, cost 2 × 90.00 + 3 × 16.67 = 230.01.
      {"2026-01", true, 240, 45999, 23001},
      // Non-billable: 60 min at 100.00/h (cost 50.00/h): its value 100.00 is no revenue; cost 50.00.
      {"2026-01", false, 60, 10000, 5000},
      // 45 min at 99.99/h: 74.9925 → 74.99; no cost.
      {"2026-02", true, 45, 7499, 0},
      // Outside the span: ignored.
      {"2025-12", true, 60, 10000, 0},
  };
  in.fees = {
      // A billable fee: 1.5 × 3.33 = 4.995 → 5.00; cost 1.5 × 1.00 = 1.50.
      {"2026-01", true, 150, 333, 100, 1},
      // A cost, not re-charged: 10 × 12.34 = 123.40 of other cost, no revenue.
      {"2026-02", false, 1000, 2000, 1234, 1},
      // 4 billable re-charges of 0.5 × 0.01 = 0.005 → 0.01 each (value and cost).
      {"2026-02", true, 50, 1, 1, 4},
  };
  in.forecasts = {
      {"2026-01", 50000, 40000, std::nullopt, std::nullopt},
      {"2026-03", std::nullopt, std::nullopt, 1000, std::nullopt},
  };
  return in;
}

TEST(MonthTable, JanuaryMatchesTheHandComputedFigures) {
  auto table = BuildMonthTable(Fixture());
  ASSERT_TRUE(table);
  ASSERT_EQ(table->months.size(), 3u);
  const auto& jan = table->months[0];
  EXPECT_EQ(jan.month, "2026-01");
  // Revenue: 2 × 180.00 + 3 × 33.33 + 5.00 = 464.99.
  ExpectFigure(jan.revenue, 46499, 50000, -3501, "revenue");
  ExpectFigure(jan.billing, std::nullopt, 40000, std::nullopt, "billing");
  // Labor: 2 × 90.00 + 3 × 16.67 + 50.00 = 280.01.
  ExpectFigure(jan.labor_cost, 28001, std::nullopt, std::nullopt, "labor");
  ExpectFigure(jan.other_cost, 150, std::nullopt, std::nullopt, "other");
  // Margin 464.99 − 280.01 − 1.50 = 183.48; planned 500.00 (empty costs plan nothing).
  ExpectFigure(jan.margin, 18348, 50000, -31652, "margin");
  // 183.48 / 464.99 = 39.459 % → 39.5; planned 100.0.
  ExpectFigure(jan.margin_percent, 395, 1000, -605, "margin %");
  EXPECT_EQ(jan.billable_minutes, 240);
  EXPECT_EQ(jan.non_billable_minutes, 60);
  EXPECT_EQ(jan.billable_percent, 800);
}

TEST(MonthTable, FebruaryAndMarchMatchTheHandComputedFigures) {
  auto table = BuildMonthTable(Fixture());
  ASSERT_TRUE(table);
  const auto& feb = table->months[1];
  // 74.99 + 4 × 0.01.
  ExpectFigure(feb.revenue, 7503, std::nullopt, std::nullopt, "revenue");
  ExpectFigure(feb.labor_cost, 0, std::nullopt, std::nullopt, "labor");
  ExpectFigure(feb.other_cost, 12344, std::nullopt, std::nullopt, "other");
  ExpectFigure(feb.margin, -4841, std::nullopt, std::nullopt, "margin");
  ExpectFigure(feb.margin_percent, -645, std::nullopt, std::nullopt, "margin %");  // −64.52 %
  EXPECT_EQ(feb.billable_percent, 1000);

  const auto& mar = table->months[2];
  ExpectFigure(mar.revenue, 0, std::nullopt, std::nullopt, "revenue");
  ExpectFigure(mar.labor_cost, 0, 1000, -1000, "labor");
  ExpectFigure(mar.margin, 0, -1000, 1000, "margin");
  ExpectFigure(mar.margin_percent, std::nullopt, std::nullopt, std::nullopt, "margin % without revenue");
  EXPECT_EQ(mar.billable_percent, std::nullopt) << "no hours";
}

TEST(MonthTable, TotalsAreSumsOfTheMonths) {
  auto table = BuildMonthTable(Fixture());
  ASSERT_TRUE(table);
  const auto& t = table->totals;
  EXPECT_EQ(t.month, "");
  ExpectFigure(t.revenue, 54002, 50000, 4002, "revenue");
  ExpectFigure(t.billing, std::nullopt, 40000, std::nullopt, "billing");
  ExpectFigure(t.labor_cost, 28001, 1000, 27001, "labor");
  ExpectFigure(t.other_cost, 12494, std::nullopt, std::nullopt, "other");
  ExpectFigure(t.margin, 13507, 49000, -35493, "margin");
  ExpectFigure(t.margin_percent, 250, 980, -730, "margin %");  // 25.01 % and 98.0 %
  EXPECT_EQ(t.billable_minutes, 285);
  EXPECT_EQ(t.non_billable_minutes, 60);
  EXPECT_EQ(t.billable_percent, 826);  // 82.61 %
}

TEST(MonthTable, AnEmptySpanHasZeroActualsAndNoForecasts) {
  MonthTableInput in;
  in.from = in.to = *ParseMonth("2026-05");
  auto table = BuildMonthTable(in);
  ASSERT_TRUE(table);
  ASSERT_EQ(table->months.size(), 1u);
  ExpectFigure(table->months[0].revenue, 0, std::nullopt, std::nullopt, "revenue");
  ExpectFigure(table->totals.margin, 0, std::nullopt, std::nullopt, "margin");
}

TEST(MonthTable, ExtremeRowsAtTheBoundStillAddUpExactly) {
  MonthTableInput in;
  in.from = in.to = *ParseMonth("2026-05");
  // 100 000 entries of 1 h at the bound (value and cost 10^13 each): 10^18 minor units, inside 64 bits.
  in.hours = {{"2026-05", true, 6'000'000, 1'000'000'000'000'000'000, 1'000'000'000'000'000'000}};
  auto table = BuildMonthTable(in);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->months[0].revenue.actual, 1'000'000'000'000'000'000);
  EXPECT_EQ(table->months[0].margin.actual, 0);
  EXPECT_EQ(table->months[0].margin_percent.actual, 0);
}

TEST(MonthTable, SumsBeyond64BitsOrRowsBeyondTheBoundAreRefusedNotWrapped) {
  constexpr std::int64_t kHalf = 5'000'000'000'000'000'000;  // 5 × 10^18: twice is beyond 64 bits
  MonthTableInput in;
  in.from = in.to = *ParseMonth("2026-05");
  in.hours = {{"2026-05", true, 60, kHalf, kHalf}, {"2026-05", false, 60, 0, kHalf}};  // labor cost 10^19
  EXPECT_FALSE(BuildMonthTable(in));
  in.hours = {{"2026-05", true, 60, kHalf, 0}};
  in.fees = {{"2026-05", true, 100, kMaxRowAmount, 0, 500'000}};  // revenue 5 × 10^18 + 5 × 10^18
  EXPECT_FALSE(BuildMonthTable(in));
  in.hours = {{"2026-05", true, kHalf, 0, 0}, {"2026-05", false, kHalf, 0, 0}};  // all minutes 10^19
  in.fees.clear();
  EXPECT_FALSE(BuildMonthTable(in));
  in.hours.clear();
  in.fees = {{"2026-05", true, 101, kMaxRowAmount, 0, 1}};
  EXPECT_FALSE(BuildMonthTable(in));
  // Months that are each fine can still overflow the totals.
  in.from = *ParseMonth("2026-01");
  in.fees = {{"2026-01", true, 100, kMaxRowAmount, 0, 500'000},
             {"2026-05", true, 100, kMaxRowAmount, 0, 500'000}};
  EXPECT_FALSE(BuildMonthTable(in));
  in.fees.clear();
  in.hours = {{"2026-01", true, 60, kHalf, 0}, {"2026-05", true, 60, kHalf, 0}};
  EXPECT_FALSE(BuildMonthTable(in));
}

}  // namespace
}  // namespace clientele::financials
