#include "features/projects/project_rules.hpp"

#include <gtest/gtest.h>

namespace clientele::projects {
namespace {

constexpr const char* kToday = "2026-11-28";

StatusOutcome SalesCase() {
  StatusOutcome s;
  s.state = ProjectState::kSales;
  s.probability = 50;
  s.expected_order_date = "2027-01-15";
  return s;
}

TEST(ApplySalesStatus, WinningOpensTheProjectAtFullProbabilityOrderedToday) {
  auto out = ApplySalesStatus(SalesCategory::kWon, 100, SalesCase(), std::nullopt, std::nullopt, kToday);
  EXPECT_EQ(out.state, ProjectState::kOpen);
  EXPECT_EQ(out.probability, 100);
  EXPECT_EQ(out.expected_order_date, kToday);
  EXPECT_FALSE(out.closed_date);
}

TEST(ApplySalesStatus, WinningKeepsWhatTheSameChangeGives) {
  auto out = ApplySalesStatus(SalesCategory::kWon, 100, SalesCase(), 90, "2026-11-20", kToday);
  EXPECT_EQ(out.probability, 90);
  EXPECT_EQ(out.expected_order_date, "2026-11-20");
}

TEST(ApplySalesStatus, LosingClosesToday) {
  auto out = ApplySalesStatus(SalesCategory::kLost, 0, SalesCase(), std::nullopt, std::nullopt, kToday);
  EXPECT_EQ(out.state, ProjectState::kClosed);
  EXPECT_EQ(out.closed_date, kToday);
  EXPECT_EQ(out.probability, 0);
  EXPECT_EQ(out.expected_order_date, "2027-01-15") << "kept";
}

TEST(ApplySalesStatus, BackInProgressTakesTheStatusProbabilityAndReopens) {
  StatusOutcome lost = SalesCase();
  lost.state = ProjectState::kClosed;
  lost.closed_date = "2026-11-01";
  auto out = ApplySalesStatus(SalesCategory::kInProgress, 25, lost, std::nullopt, std::nullopt, kToday);
  EXPECT_EQ(out.state, ProjectState::kSales);
  EXPECT_EQ(out.probability, 25);
  EXPECT_FALSE(out.closed_date);
}

TEST(ProjectState, NamesRoundTrip) {
  for (auto s : {ProjectState::kSales, ProjectState::kOpen, ProjectState::kClosed})
    EXPECT_EQ(ParseState(StateName(s)), s);
  EXPECT_FALSE(ParseState("won"));
}

}  // namespace
}  // namespace clientele::projects
