#include "features/invoicing/invoice_values.hpp"

#include <chrono>
#include <cstdlib>

#include "platform/validation/date.hpp"

namespace clientele::invoicing {

namespace {

/// `value / scale` as a decimal with at most `digits` decimals and no trailing zeros.
std::string Decimal(std::int64_t value, std::int64_t scale, int digits) {
  const bool negative = value < 0;
  const auto magnitude = static_cast<std::uint64_t>(negative ? -(value + 1) : value) + (negative ? 1 : 0);
  std::string out = std::to_string(magnitude / static_cast<std::uint64_t>(scale));
  auto fraction = std::to_string(magnitude % static_cast<std::uint64_t>(scale));
  fraction.insert(0, static_cast<std::size_t>(digits) - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (!fraction.empty()) out += "." + fraction;
  return negative ? "-" + out : out;
}

}  // namespace

std::vector<VatLine> LinesOf(const std::vector<InvoiceRow>& rows) {
  std::vector<VatLine> lines;
  lines.reserve(rows.size());
  for (const auto& r : rows) lines.push_back({r.vat_rate_id, r.vat_percent, r.vat_category, r.net});
  return lines;
}

std::optional<std::string> AddDays(std::string_view date, std::int64_t days) {
  if (validation::CheckDate(date)) return std::nullopt;
  const int y = std::atoi(std::string(date.substr(0, 4)).c_str());
  const unsigned m = static_cast<unsigned>(std::atoi(std::string(date.substr(5, 2)).c_str()));
  const unsigned d = static_cast<unsigned>(std::atoi(std::string(date.substr(8, 2)).c_str()));
  const std::chrono::sys_days start{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
  const std::chrono::year_month_day end{start + std::chrono::days{days}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(end.year()),
                static_cast<unsigned>(end.month()), static_cast<unsigned>(end.day()));
  return std::string(buffer);
}

VatCategory CategoryOf(const settings::VatRate& rate) {
  return ParseVatCategory(settings::VatCategoryCode(rate.category)).value_or(VatCategory::kStandard);
}

std::optional<settings::VatRate> StandardRate(const std::vector<settings::VatRate>& rates) {
  for (const auto& r : rates)
    if (r.active && r.category == settings::VatCategory::kStandard) return r;
  return std::nullopt;
}

std::optional<settings::VatRate> ActiveRate(const std::vector<settings::VatRate>& rates, std::int64_t id) {
  for (const auto& r : rates)
    if (r.active && r.id.value == id) return r;
  return std::nullopt;
}

std::string FormatQuantity(std::int64_t quantity) { return Decimal(quantity, kQuantityScale, 4); }

std::string FormatBasisPoints(std::int64_t basis_points) { return Decimal(basis_points, 100, 2); }

}  // namespace clientele::invoicing
