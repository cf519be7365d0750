#include "features/invoicing/invoice_math.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "platform/validation/money.hpp"

namespace clientele::invoicing {
namespace {

using validation::kMaxMoneyAmount;

constexpr std::int64_t kError = std::numeric_limits<std::int64_t>::min();

// The value of a figure that must have succeeded, or kError so that the comparison fails readably.
std::int64_t Value(const Result<std::int64_t>& result) { return result.ok() ? result.value() : kError; }

std::string Field(const Result<std::int64_t>& result) {
  return result.ok() || result.error().fields.empty() ? "" : result.error().fields.front().field;
}

TEST(InvoiceMathQuantity, ParsesUpToFourDecimalsExactly) {
  EXPECT_EQ(Value(ParseQuantity("1.5")), 15'000);
  EXPECT_EQ(Value(ParseQuantity("0.25")), 2'500);
  EXPECT_EQ(Value(ParseQuantity("7.5")), 75'000);
  EXPECT_EQ(Value(ParseQuantity("-2")), -20'000);
  EXPECT_EQ(Value(ParseQuantity("0.0001")), 1);
  EXPECT_EQ(Value(ParseQuantity("007.50")), 75'000);
  EXPECT_EQ(Value(ParseQuantity("1000000000")), kMaxQuantity);
  EXPECT_EQ(Value(ParseQuantity("-1000000000")), -kMaxQuantity);
}

TEST(InvoiceMathQuantity, RefusesEverythingElse) {
  for (const char* text :
       {"", "-", ".5", "1.", "1,5", "1.5.0", "+1", "1e3", " 1", "1 ", "--1", "1-", "abc"}) {
    EXPECT_EQ(Field(ParseQuantity(text)), "quantity") << '"' << text << '"';
  }
  EXPECT_NE(ParseQuantity("0.33333").error().message.find("at most 4 decimals"), std::string::npos);
  EXPECT_EQ(Field(ParseQuantity("1000000000.0001")), "quantity");
  EXPECT_EQ(Field(ParseQuantity("99999999999999999999")), "quantity") << "no 64-bit overflow";
}

TEST(InvoiceMathVatPercent, ParsesBasisPoints) {
  EXPECT_EQ(Value(ParseVatPercent("25.5")), 2550);
  EXPECT_EQ(Value(ParseVatPercent("14")), 1400);
  EXPECT_EQ(Value(ParseVatPercent("10.00")), 1000);
  EXPECT_EQ(Value(ParseVatPercent("0")), 0);
  EXPECT_EQ(Value(ParseVatPercent("0.01")), 1);
  EXPECT_EQ(Value(ParseVatPercent("100")), 10'000);
}

TEST(InvoiceMathVatPercent, RefusesEverythingElse) {
  for (const char* text : {"", "-1", "25,5", "25.", ".5", "25.555", "100.01", "101", "x", "1e2"}) {
    EXPECT_EQ(Field(ParseVatPercent(text)), "vat_percent") << '"' << text << '"';
  }
}

TEST(InvoiceMathLineNet, RoundsHalfAwayFromZeroOnce) {
  EXPECT_EQ(Value(LineNet("1.5", 333)), 500);      // 4.995 → 5.00
  EXPECT_EQ(Value(LineNet("-1.5", 333)), -500);    // −4.995 → −5.00
  EXPECT_EQ(Value(LineNet("0.25", 13380)), 3345);  // exact
  EXPECT_EQ(Value(LineNet("0.0001", 4999)), 0);    // 0.4999 cent
  EXPECT_EQ(Value(LineNet("0.0001", 5000)), 1);    // 0.5 cent → 1
  EXPECT_EQ(Value(LineNet("-0.0001", 5000)), -1);
  EXPECT_EQ(Value(LineNet("2", -1000)), -2000) << "a discount line has a negative price";
  EXPECT_EQ(Value(LineNet("0", 1234)), 0);
}

TEST(InvoiceMathLineNet, RefusesOverflowAndBadQuantities) {
  EXPECT_EQ(Value(ScaledLineNet(kQuantityScale, kMaxMoneyAmount)), kMaxMoneyAmount);
  EXPECT_EQ(Value(ScaledLineNet(-kQuantityScale, kMaxMoneyAmount)), -kMaxMoneyAmount);
  EXPECT_EQ(Field(ScaledLineNet(kQuantityScale + 1, kMaxMoneyAmount)), "amount");
  EXPECT_EQ(Field(LineNet("1000000000", kMaxMoneyAmount)), "amount");
  EXPECT_EQ(Field(LineNet("-1000000000", kMaxMoneyAmount)), "amount");
  EXPECT_EQ(Field(ScaledLineNet(std::numeric_limits<std::int64_t>::max(), kMaxMoneyAmount)), "amount")
      << "the product is computed in 128 bits";
  EXPECT_EQ(Field(ScaledLineNet(1, kMaxMoneyAmount + 1)), "unit_price");
  EXPECT_EQ(Field(ScaledLineNet(1, std::numeric_limits<std::int64_t>::min())), "unit_price");
  EXPECT_EQ(Field(LineNet("1.00001", 100)), "quantity");
}

TEST(InvoiceMathMinutesNet, RoundsTheMinutePriceOnce) {
  EXPECT_EQ(Value(MinutesNet(90, 12000)), 18000);  // 1.5 h × 120.00
  EXPECT_EQ(Value(MinutesNet(20, 10000)), 3333);   // 33.333… → 33.33
  EXPECT_EQ(Value(MinutesNet(40, 10000)), 6667);   // 66.666… → 66.67
  EXPECT_EQ(Value(MinutesNet(1, 30)), 1);          // 0.5 cent → 1
  EXPECT_EQ(Value(MinutesNet(-1, 30)), -1);        // and symmetrically on a credit note
  EXPECT_EQ(Value(MinutesNet(1, 29)), 0);
  // 7 min at 19.30/h is 2.2516… → 2.25, not 7/60 h rounded to 0.12 h × 19.30 = 2.32.
  EXPECT_EQ(Value(MinutesNet(7, 1930)), 225);
}

TEST(InvoiceMathMinutesNet, RefusesOverflow) {
  EXPECT_EQ(Value(MinutesNet(60, kMaxMoneyAmount)), kMaxMoneyAmount);
  EXPECT_EQ(Field(MinutesNet(61, kMaxMoneyAmount)), "amount");
  EXPECT_EQ(Field(MinutesNet(std::numeric_limits<std::int64_t>::max(), kMaxMoneyAmount)), "amount");
  EXPECT_EQ(Field(MinutesNet(60, kMaxMoneyAmount + 1)), "hourly_price");
}

TEST(InvoiceMathVatCategory, CodesRoundTrip) {
  for (auto category : {VatCategory::kStandard, VatCategory::kZeroRated, VatCategory::kExempt,
                        VatCategory::kReverseCharge, VatCategory::kOutOfScope}) {
    EXPECT_EQ(ParseVatCategory(VatCategoryCode(category)), category);
  }
  EXPECT_EQ(VatCategoryCode(VatCategory::kReverseCharge), "AE");
  EXPECT_EQ(ParseVatCategory("s"), std::nullopt);
  EXPECT_EQ(ParseVatCategory("K"), std::nullopt);
  EXPECT_EQ(ParseVatCategory(""), std::nullopt);
}

}  // namespace
}  // namespace clientele::invoicing
