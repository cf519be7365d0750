#include "platform/validation/percent.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

std::int64_t Hundredths(std::string_view text) { return std::get<std::int64_t>(ParsePercent(text)); }
bool Refused(std::string_view text) { return std::holds_alternative<std::string>(ParsePercent(text)); }

TEST(Percent, ParsesExactHundredths) {
  EXPECT_EQ(Hundredths("25.5"), 2550);
  EXPECT_EQ(Hundredths("0"), 0);
  EXPECT_EQ(Hundredths("7.25"), 725);
  EXPECT_EQ(Hundredths("100"), 10000);
  EXPECT_EQ(Hundredths("100.00"), 10000);
  EXPECT_EQ(Hundredths("014"), 1400);
}

TEST(Percent, RefusesMoreThanTwoDecimalsSignsAndMoreThanHundred) {
  EXPECT_TRUE(Refused("25.555"));
  EXPECT_TRUE(Refused("-1"));
  EXPECT_TRUE(Refused("100.01"));
  EXPECT_TRUE(Refused("1000"));
  EXPECT_TRUE(Refused(""));
  EXPECT_TRUE(Refused("."));
  EXPECT_TRUE(Refused("5."));
  EXPECT_TRUE(Refused(".5"));
  EXPECT_TRUE(Refused("25,5"));
  EXPECT_TRUE(Refused("1e2"));
  EXPECT_TRUE(Refused(" 5"));
}

TEST(Percent, FormatsTheShortestText) {
  EXPECT_EQ(FormatPercent(2550), "25.5");
  EXPECT_EQ(FormatPercent(1400), "14");
  EXPECT_EQ(FormatPercent(725), "7.25");
  EXPECT_EQ(FormatPercent(5), "0.05");
  EXPECT_EQ(FormatPercent(0), "0");
}

}  // namespace
}  // namespace clientele::validation
