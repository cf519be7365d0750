#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "features/invoicing/invoice_math.hpp"
#include "platform/validation/money.hpp"

namespace clientele::invoicing {
namespace {

using validation::kMaxMoneyAmount;

constexpr std::int64_t kRate255 = 1;  // 25.5 %, the Finnish general rate
constexpr std::int64_t kRate14 = 2;   // 14 %
constexpr std::int64_t kRate10 = 3;   // 10 %
constexpr std::int64_t kExemptRate = 4;

std::int64_t Net(const Result<std::int64_t>& result) {
  EXPECT_TRUE(result.ok());
  return result.ok() ? result.value() : 0;
}

VatLine Line(std::int64_t rate_id, std::int64_t basis_points, std::int64_t net,
             VatCategory category = VatCategory::kStandard) {
  return {rate_id, basis_points, category, net};
}

// The fixture invoice: three rates, each of whose VAT ends in exactly half a cent. `sign` −1 makes the
// matching credit note (every quantity negated). All figures hand-computed:
//   25.5 %: 1.5 × 3.33 = 4.995 → 5.00; 7.5 × 12.34 = 92.55; 0.25 × 133.80 = 33.45;
//           taxable 131.00, VAT 33.405 → 33.41
//   14 %:   2 × 5.00 = 10.00; 7 min at 19.30/h = 2.2516… → 2.25; taxable 12.25, VAT 1.715 → 1.72
//   10 %:   0.5 × 0.01 = 0.005 → 0.01; 4 × 0.11 = 0.44; taxable 0.45, VAT 0.045 → 0.05
//   totals: 143.70 + 35.18 = 178.88
std::vector<VatLine> FixtureLines(int sign) {
  const std::string minus = sign < 0 ? "-" : "";
  return {
      Line(kRate255, 2550, Net(LineNet(minus + "1.5", 333))),
      Line(kRate14, 1400, Net(LineNet(minus + "2", 500))),
      Line(kRate255, 2550, Net(LineNet(minus + "7.5", 1234))),
      Line(kRate10, 1000, Net(LineNet(minus + "0.5", 1))),
      Line(kRate14, 1400, Net(MinutesNet(sign * 7, 1930))),
      Line(kRate255, 2550, Net(LineNet(minus + "0.25", 13380))),
      Line(kRate10, 1000, Net(LineNet(minus + "4", 11))),
  };
}

void ExpectRow(const VatRow& row, std::int64_t rate_id, std::int64_t basis_points, std::int64_t taxable,
               std::int64_t vat) {
  EXPECT_EQ(row.vat_rate_id, rate_id);
  EXPECT_EQ(row.basis_points, basis_points);
  EXPECT_EQ(row.category, VatCategory::kStandard);
  EXPECT_EQ(row.taxable, taxable) << "rate " << rate_id;
  EXPECT_EQ(row.vat, vat) << "rate " << rate_id;
}

TEST(InvoiceMathVatBreakdown, ThreeRatesEachRoundedOnceHalfAwayFromZero) {
  const auto lines = FixtureLines(1);
  const auto summary = VatBreakdown(lines);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  ASSERT_EQ(summary->rows.size(), 3u);
  // Rows come in the order their rates first appear among the lines.
  ExpectRow(summary->rows[0], kRate255, 2550, 13100, 3341);
  ExpectRow(summary->rows[1], kRate14, 1400, 1225, 172);
  ExpectRow(summary->rows[2], kRate10, 1000, 45, 5);
  EXPECT_EQ(summary->total_excluding_vat, 14370);
  EXPECT_EQ(summary->vat_total, 3518);
  EXPECT_EQ(summary->total_including_vat, 17888);
}

TEST(InvoiceMathVatBreakdown, ACreditNoteMirrorsItsInvoiceToTheCent) {
  const auto lines = FixtureLines(-1);
  const auto summary = VatBreakdown(lines);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  ASSERT_EQ(summary->rows.size(), 3u);
  ExpectRow(summary->rows[0], kRate255, 2550, -13100, -3341);
  ExpectRow(summary->rows[1], kRate14, 1400, -1225, -172);
  ExpectRow(summary->rows[2], kRate10, 1000, -45, -5);
  EXPECT_EQ(summary->total_excluding_vat, -14370);
  EXPECT_EQ(summary->vat_total, -3518);
  EXPECT_EQ(summary->total_including_vat, -17888);
}

TEST(InvoiceMathVatBreakdown, RoundsPerRateNotPerLine) {
  // Two lines of 0.10 at 25.5 %: per line 0.0255 → 0.03 each (0.06), per rate 0.051 → 0.05.
  const std::vector<VatLine> lines = {Line(kRate255, 2550, 10), Line(kRate255, 2550, 10)};
  const auto summary = VatBreakdown(lines);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->vat_total, 5);
}

TEST(InvoiceMathVatBreakdown, ZeroRateCategoriesAndMixedSigns) {
  const std::vector<VatLine> lines = {Line(kRate255, 2550, 10000),
                                      Line(kRate255, 2550, -2000),  // a discount on the same rate
                                      Line(kExemptRate, 0, 5000, VatCategory::kExempt)};
  const auto summary = VatBreakdown(lines);
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(summary->rows.size(), 2u);
  EXPECT_EQ(summary->rows[0].taxable, 8000);
  EXPECT_EQ(summary->rows[0].vat, 2040);
  EXPECT_EQ(summary->rows[1].category, VatCategory::kExempt);
  EXPECT_EQ(summary->rows[1].taxable, 5000);
  EXPECT_EQ(summary->rows[1].vat, 0);
  EXPECT_EQ(summary->total_including_vat, 15040);
}

TEST(InvoiceMathVatBreakdown, AnInvoiceWithoutLinesIsZero) {
  const auto summary = VatBreakdown({});
  ASSERT_TRUE(summary.ok());
  EXPECT_TRUE(summary->rows.empty());
  EXPECT_EQ(summary->total_including_vat, 0);
}

std::string BreakdownError(const std::vector<VatLine>& lines) {
  const auto summary = VatBreakdown(lines);
  return summary.ok() ? "" : summary.error().fields.front().field + ": " + summary.error().message;
}

TEST(InvoiceMathVatBreakdown, RefusesLinesOfOneRateThatDisagree) {
  EXPECT_NE(BreakdownError({Line(kRate255, 2550, 100), Line(kRate255, 2400, 100)}), "");
  EXPECT_NE(BreakdownError({Line(kExemptRate, 0, 100, VatCategory::kExempt),
                            Line(kExemptRate, 0, 100, VatCategory::kZeroRated)}),
            "");
}

TEST(InvoiceMathVatBreakdown, RefusesAPercentThatDoesNotFitItsCategory) {
  EXPECT_NE(BreakdownError({Line(kRate255, 0, 100, VatCategory::kStandard)}), "");
  EXPECT_NE(BreakdownError({Line(kExemptRate, 2550, 100, VatCategory::kExempt)}), "");
  EXPECT_NE(BreakdownError({Line(kExemptRate, 1000, 100, VatCategory::kReverseCharge)}), "");
  EXPECT_NE(BreakdownError({Line(kRate255, -1, 100)}), "");
  EXPECT_NE(BreakdownError({Line(kRate255, 10'001, 100)}), "");
}

TEST(InvoiceMathVatBreakdown, RefusesAmountsBeyondTheMoneyBound) {
  // One line at the bound is fine; its VAT takes the total beyond it.
  EXPECT_EQ(BreakdownError({Line(kExemptRate, 0, kMaxMoneyAmount, VatCategory::kExempt)}), "");
  EXPECT_NE(BreakdownError({Line(kRate255, 2550, kMaxMoneyAmount)}), "");
  EXPECT_NE(BreakdownError({Line(kRate255, 2550, kMaxMoneyAmount + 1)}), "");
  EXPECT_NE(BreakdownError({Line(kRate255, 2550, -kMaxMoneyAmount - 1)}), "");
  // Two lines of different rates, each fine alone, whose sum is not.
  EXPECT_NE(BreakdownError({Line(kRate255, 2550, kMaxMoneyAmount / 2 + 1),
                            Line(kExemptRate, 0, kMaxMoneyAmount / 2 + 1, VatCategory::kExempt)}),
            "");
  // Many lines of one rate.
  std::vector<VatLine> many(3, Line(kExemptRate, 0, kMaxMoneyAmount / 2, VatCategory::kExempt));
  EXPECT_NE(BreakdownError(many), "");
}

}  // namespace
}  // namespace clientele::invoicing
