#include "features/financials/quantity.hpp"

#include <gtest/gtest.h>

namespace clientele::financials {
namespace {

std::int64_t Hundredths(std::string_view text) {
  auto parsed = ParseQuantity(text);
  EXPECT_TRUE(std::holds_alternative<std::int64_t>(parsed)) << text;
  return std::holds_alternative<std::int64_t>(parsed) ? std::get<std::int64_t>(parsed) : -1;
}

bool Refused(std::string_view text) { return std::holds_alternative<std::string>(ParseQuantity(text)); }

TEST(Quantity, ParsesDecimalsExactlyIntoHundredths) {
  EXPECT_EQ(Hundredths("1.25"), 125);
  EXPECT_EQ(Hundredths("1.5"), 150);
  EXPECT_EQ(Hundredths("2"), 200);
  EXPECT_EQ(Hundredths("0.01"), 1);
  EXPECT_EQ(Hundredths("007.10"), 710);
  EXPECT_EQ(Hundredths("-3.5"), -350);
  // 0.1 + 0.2 is not 0.30000000000000004 here: no float is involved.
  EXPECT_EQ(Hundredths("0.3"), 30);
  EXPECT_EQ(Hundredths("999999999999.99"), 99999999999999);
}

TEST(Quantity, RefusesMoreThanTwoDecimalsAndAnythingThatIsNotADecimal) {
  EXPECT_TRUE(Refused("1.255"));
  EXPECT_TRUE(Refused("1.250"));
  for (const char* text :
       {"", ".", "1.", ".5", "1,5", "1e2", " 1", "1 ", "+1", "--1", "1.2.3", "abc", "0x10"})
    EXPECT_TRUE(Refused(text)) << text;
  EXPECT_TRUE(Refused("1000000000000")) << "thirteen digits before the point";
}

TEST(Quantity, FormatsTheShortestExactText) {
  EXPECT_EQ(FormatQuantity(125), "1.25");
  EXPECT_EQ(FormatQuantity(150), "1.5");
  EXPECT_EQ(FormatQuantity(200), "2");
  EXPECT_EQ(FormatQuantity(1), "0.01");
  EXPECT_EQ(FormatQuantity(-350), "-3.5");
  EXPECT_EQ(FormatQuantity(0), "0");
  EXPECT_EQ(FormatQuantity(INT64_MIN), "-92233720368547758.08");
}

}  // namespace
}  // namespace clientele::financials
