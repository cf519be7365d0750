#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "platform/errors/result.hpp"

// Exact invoice arithmetic: quantities in ten-thousandths, percents in basis points, money in minor units,
// products in 128 bits, each figure rounded half away from zero once (DESIGN.md §4). No floating point.
namespace clientele::invoicing {

/// Quantities are counted in ten-thousandths: "1.5" is 15'000.
inline constexpr std::int64_t kQuantityScale = 10'000;
/// The largest quantity of one invoice line, a billion units, in ten-thousandths.
inline constexpr std::int64_t kMaxQuantity = 1'000'000'000 * kQuantityScale;
/// VAT percents are counted in basis points: "25.5" is 2550; at most 100 %.
inline constexpr std::int64_t kMaxVatBasisPoints = 10'000;

/// A line quantity such as "1.5", "0.25" or "-2" (negative on a credit note) in ten-thousandths: digits with
/// at most four decimals after a '.', an optional leading '-', at most ±kMaxQuantity.
Result<std::int64_t> ParseQuantity(std::string_view text);

/// A VAT percent such as "25.5", "14" or "0" in basis points: digits with at most two decimals, 0…100.
Result<std::int64_t> ParseVatPercent(std::string_view text);

/// quantity (ten-thousandths) × unit price (minor units), rounded half away from zero to the minor unit;
/// an error when the unit price or the result is beyond ±kMaxMoneyAmount.
Result<std::int64_t> ScaledLineNet(std::int64_t quantity, std::int64_t unit_price_minor);
/// The same with the quantity as its decimal text.
Result<std::int64_t> LineNet(std::string_view quantity, std::int64_t unit_price_minor);

/// An hour row priced from its minutes: minutes × hourly price / 60, rounded half away from zero once (not
/// via a rounded hour count); an error when the price or the result is beyond ±kMaxMoneyAmount.
Result<std::int64_t> MinutesNet(std::int64_t minutes, std::int64_t hourly_price_minor);

/// The EN 16931 VAT category of a line (UNCL 5305 codes).
enum class VatCategory {
  kStandard,       // S
  kZeroRated,      // Z
  kExempt,         // E
  kReverseCharge,  // AE
  kOutOfScope,     // O
};

/// The UNCL 5305 code of a category: "S", "Z", "E", "AE" or "O".
std::string_view VatCategoryCode(VatCategory category);
/// The category of a UNCL 5305 code, or nullopt for any other text.
std::optional<VatCategory> ParseVatCategory(std::string_view code);

/// One line as the VAT breakdown sees it: its net and the VAT rate it carries.
struct VatLine {
  std::int64_t vat_rate_id = 0;
  std::int64_t basis_points = 0;
  VatCategory category = VatCategory::kStandard;
  std::int64_t net = 0;
};

/// One row of the breakdown: the lines of one VAT rate summed, and their VAT rounded once.
struct VatRow {
  std::int64_t vat_rate_id = 0;
  std::int64_t basis_points = 0;
  VatCategory category = VatCategory::kStandard;
  std::int64_t taxable = 0;
  std::int64_t vat = 0;
};

/// An invoice's VAT rows (in the order their rates first appear among the lines) and totals. The totals
/// are sums of the rows, as EN 16931 BR-CO-14 and BR-CO-15 require.
struct VatSummary {
  std::vector<VatRow> rows;
  std::int64_t total_excluding_vat = 0;
  std::int64_t vat_total = 0;
  std::int64_t total_including_vat = 0;
};

/// Groups line nets by VAT rate id; per rate, taxable = Σ nets and vat = taxable × percent rounded half
/// away from zero once. Errors: lines of one rate id that disagree on percent or category, a percent that
/// does not fit its category (S needs more than 0 %, the others exactly 0 %, as EN 16931 BR-S-5, BR-Z-5,
/// BR-E-5, BR-AE-5 say), a line beyond ±kMaxMoneyAmount, or a total beyond it.
Result<VatSummary> VatBreakdown(std::span<const VatLine> lines);

}  // namespace clientele::invoicing
