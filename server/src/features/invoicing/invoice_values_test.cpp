#include "features/invoicing/invoice_values.hpp"

#include <gtest/gtest.h>

namespace clientele::invoicing {
namespace {

TEST(InvoiceValuesTest, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays("2026-12-20", 14), "2027-01-03");
  EXPECT_EQ(AddDays("2028-02-15", 14), "2028-02-29");
  EXPECT_EQ(AddDays("2026-03-01", 0), "2026-03-01");
  EXPECT_FALSE(AddDays("2026-02-30", 1));
}

TEST(InvoiceValuesTest, FormatsQuantitiesAndPercentsWithoutTrailingZeros) {
  EXPECT_EQ(FormatQuantity(15'000), "1.5");
  EXPECT_EQ(FormatQuantity(3'333), "0.3333");
  EXPECT_EQ(FormatQuantity(-20'000), "-2");
  EXPECT_EQ(FormatQuantity(-5), "-0.0005");
  EXPECT_EQ(FormatBasisPoints(2'550), "25.5");
  EXPECT_EQ(FormatBasisPoints(1'400), "14");
  EXPECT_EQ(FormatBasisPoints(0), "0");
}

TEST(InvoiceValuesTest, TheStandardRateIsTheFirstActiveRateOfCategoryS) {
  settings::VatRate zero{settings::VatRateId(1), "0 %", 0, settings::VatCategory::kZero, true, 0, 1};
  settings::VatRate old{settings::VatRateId(2), "24 %", 2'400, settings::VatCategory::kStandard, false, 0, 1};
  settings::VatRate now{
      settings::VatRateId(3), "25.5 %", 2'550, settings::VatCategory::kStandard, true, 0, 1};
  const std::vector<settings::VatRate> rates = {zero, old, now};
  ASSERT_TRUE(StandardRate(rates));
  EXPECT_EQ(StandardRate(rates)->id.value, 3);
  EXPECT_FALSE(StandardRate({zero}));
  EXPECT_FALSE(ActiveRate(rates, 2)) << "inactive";
  EXPECT_TRUE(ActiveRate(rates, 1));
}

}  // namespace
}  // namespace clientele::invoicing
