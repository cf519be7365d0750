#include "features/invoicing/invoice_math.hpp"

#include <cstddef>
#include <string>

#include "features/financials/money_math.hpp"
#include "platform/validation/money.hpp"

namespace clientele::invoicing {

namespace {

using validation::kMaxMoneyAmount;

// A percent in basis points is a fraction of 10'000.
constexpr std::int64_t kBasisPointsPerWhole = 10'000;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool InMoneyRange(__int128 value) { return value >= -kMaxMoneyAmount && value <= kMaxMoneyAmount; }

// A decimal text with at most `decimals` digits after the '.', as a count of 10^-decimals, or why not.
// A leading '-' only when `allow_negative`. Leading zeros are harmless; more than 15 significant whole
// digits is "too large" before any arithmetic, so the accumulation cannot leave 64 bits.
Result<std::int64_t> ParseScaled(std::string_view text, int decimals, bool allow_negative, const char* field,
                                 const std::string& shape) {
  bool negative = false;
  if (allow_negative && !text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  if (whole.empty() || (dot != std::string_view::npos && fraction.empty()))
    return Error::Validation(field, shape);
  for (char c : whole)
    if (!IsDigit(c)) return Error::Validation(field, shape);
  for (char c : fraction)
    if (!IsDigit(c)) return Error::Validation(field, shape);
  if (fraction.size() > static_cast<std::size_t>(decimals))
    return Error::Validation(field, "must have at most " + std::to_string(decimals) + " decimals");
  const auto first = whole.find_first_not_of('0');
  const std::string_view significant =
      first == std::string_view::npos ? std::string_view() : whole.substr(first);
  if (significant.size() > 15) return Error::Validation(field, "is too large");
  std::int64_t value = 0;
  for (char c : significant) value = value * 10 + (c - '0');
  for (std::size_t i = 0; i < static_cast<std::size_t>(decimals); ++i)
    value = value * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  return negative ? -value : value;
}

// Refuses a price beyond the money bound before it meets a product, so every product fits 128 bits.
Status CheckPrice(std::int64_t price, const char* field) {
  if (price < -kMaxMoneyAmount || price > kMaxMoneyAmount) return Error::Validation(field, "is too large");
  return Ok();
}

Result<std::int64_t> Bounded(__int128 value) {
  if (!InMoneyRange(value))
    return Error::Validation("amount", "is beyond the largest amount a line may have");
  return static_cast<std::int64_t>(value);
}

}  // namespace

Result<std::int64_t> ParseQuantity(std::string_view text) {
  CLIENTELE_TRY(
      quantity,
      ParseScaled(text, 4, true, "quantity",
                  "must be a decimal number with at most four decimals, such as \"1.5\" or \"-2\""));
  if (quantity < -kMaxQuantity || quantity > kMaxQuantity)
    return Error::Validation("quantity", "is too large");
  return quantity;
}

Result<std::int64_t> ParseVatPercent(std::string_view text) {
  CLIENTELE_TRY(basis_points, ParseScaled(text, 2, false, "vat_percent",
                                          "must be a percent with at most two decimals, such as \"25.5\""));
  if (basis_points > kMaxVatBasisPoints) return Error::Validation("vat_percent", "must be at most 100");
  return basis_points;
}

Result<std::int64_t> ScaledLineNet(std::int64_t quantity, std::int64_t unit_price_minor) {
  CLIENTELE_CHECK(CheckPrice(unit_price_minor, "unit_price"));
  // |quantity| < 2^63 and |price| ≤ 10^13 < 2^44: the product fits 128 bits whatever the quantity.
  return Bounded(
      financials::DivideRounded(static_cast<__int128>(quantity) * unit_price_minor, kQuantityScale));
}

Result<std::int64_t> LineNet(std::string_view quantity, std::int64_t unit_price_minor) {
  CLIENTELE_TRY(scaled, ParseQuantity(quantity));
  return ScaledLineNet(scaled, unit_price_minor);
}

Result<std::int64_t> MinutesNet(std::int64_t minutes, std::int64_t hourly_price_minor) {
  CLIENTELE_CHECK(CheckPrice(hourly_price_minor, "hourly_price"));
  return Bounded(financials::DivideRounded(static_cast<__int128>(minutes) * hourly_price_minor, 60));
}

std::string_view VatCategoryCode(VatCategory category) {
  switch (category) {
    case VatCategory::kStandard:
      return "S";
    case VatCategory::kZeroRated:
      return "Z";
    case VatCategory::kExempt:
      return "E";
    case VatCategory::kReverseCharge:
      return "AE";
    case VatCategory::kOutOfScope:
      return "O";
  }
  return "";
}

std::optional<VatCategory> ParseVatCategory(std::string_view code) {
  for (auto category : {VatCategory::kStandard, VatCategory::kZeroRated, VatCategory::kExempt,
                        VatCategory::kReverseCharge, VatCategory::kOutOfScope}) {
    if (VatCategoryCode(category) == code) return category;
  }
  return std::nullopt;
}

namespace {

// Why a line's percent does not fit its category (EN 16931 BR-S-5 and its siblings), if it does not.
Status CheckRateFitsCategory(const VatLine& line) {
  if (line.basis_points < 0 || line.basis_points > kMaxVatBasisPoints)
    return Error::Validation("vat_percent", "must be 0-100");
  const bool standard = line.category == VatCategory::kStandard;
  if (standard && line.basis_points == 0)
    return Error::Validation("vat_percent", "must be above 0 for the standard category S");
  if (!standard && line.basis_points != 0)
    return Error::Validation("vat_percent",
                             "must be 0 for category " + std::string(VatCategoryCode(line.category)));
  return Ok();
}

// The row of `line`'s rate in `rows`, added (with nothing summed yet) when the rate is new; an error when a
// row of that rate id already holds a different percent or category.
Result<std::size_t> RowFor(std::vector<VatRow>& rows, const VatLine& line) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].vat_rate_id != line.vat_rate_id) continue;
    if (rows[i].basis_points != line.basis_points || rows[i].category != line.category)
      return Error::Validation("vat_rate_id",
                               "lines of one VAT rate must carry the same percent and category");
    return i;
  }
  rows.push_back({line.vat_rate_id, line.basis_points, line.category, 0, 0});
  return rows.size() - 1;
}

}  // namespace

Result<VatSummary> VatBreakdown(std::span<const VatLine> lines) {
  VatSummary summary;
  // 128-bit sums: each line is within the money bound, so no realistic number of lines can overflow them;
  // the totals are checked against the bound before they become 64-bit figures.
  std::vector<__int128> taxable;
  for (const auto& line : lines) {
    CLIENTELE_CHECK(CheckRateFitsCategory(line));
    if (!InMoneyRange(line.net))
      return Error::Validation("amount", "is beyond the largest amount a line may have");
    CLIENTELE_TRY(row, RowFor(summary.rows, line));
    if (row == taxable.size()) taxable.push_back(0);
    taxable[row] += line.net;
  }
  __int128 total_excluding = 0;
  __int128 vat_total = 0;
  for (std::size_t i = 0; i < summary.rows.size(); ++i) {
    if (!InMoneyRange(taxable[i])) return Error::Validation("amount", "the invoice total is too large");
    auto& row = summary.rows[i];
    row.taxable = static_cast<std::int64_t>(taxable[i]);
    // Rounded once per rate, half away from zero, so a credit note's VAT mirrors its invoice's exactly.
    row.vat = static_cast<std::int64_t>(financials::DivideRounded(
        static_cast<__int128>(row.taxable) * row.basis_points, kBasisPointsPerWhole));
    total_excluding += row.taxable;
    vat_total += row.vat;
  }
  if (!InMoneyRange(total_excluding) || !InMoneyRange(vat_total) ||
      !InMoneyRange(total_excluding + vat_total))
    return Error::Validation("amount", "the invoice total is too large");
  summary.total_excluding_vat = static_cast<std::int64_t>(total_excluding);
  summary.vat_total = static_cast<std::int64_t>(vat_total);
  summary.total_including_vat = summary.total_excluding_vat + summary.vat_total;
  return summary;
}

}  // namespace clientele::invoicing
