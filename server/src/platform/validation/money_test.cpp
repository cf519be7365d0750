#include "platform/validation/money.hpp"

#include <limits>

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(Money, AmountsFromZeroToTenToThe13AreAccepted) {
  EXPECT_EQ(CheckMoneyAmount(0), std::nullopt);
  EXPECT_EQ(CheckMoneyAmount(1), std::nullopt);
  EXPECT_EQ(CheckMoneyAmount(10'000'000'000'000), std::nullopt);
  EXPECT_EQ(kMaxMoneyAmount, 10'000'000'000'000);
}

TEST(Money, AmountsBeyondTheBoundOrNegativeAreRefused) {
  EXPECT_NE(CheckMoneyAmount(kMaxMoneyAmount + 1), std::nullopt);
  EXPECT_NE(CheckMoneyAmount(1'000'000'000'000'000), std::nullopt) << "the old limit, 10^15";
  EXPECT_NE(CheckMoneyAmount(std::numeric_limits<std::int64_t>::max()), std::nullopt);
  EXPECT_NE(CheckMoneyAmount(-1), std::nullopt);
  EXPECT_NE(CheckMoneyAmount(std::numeric_limits<std::int64_t>::min()), std::nullopt);
}

TEST(Money, CurrencyCodesAreThreeCapitalLetters) {
  EXPECT_EQ(CheckCurrencyCode("EUR"), std::nullopt);
  EXPECT_NE(CheckCurrencyCode("eur"), std::nullopt);
  EXPECT_NE(CheckCurrencyCode("EURO"), std::nullopt);
  EXPECT_NE(CheckCurrencyCode(""), std::nullopt);
}

}  // namespace
}  // namespace clientele::validation
