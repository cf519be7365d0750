#include "features/settings/vat_rate.hpp"

#include <array>

namespace clientele::settings {

namespace {

constexpr std::array<std::pair<VatCategory, std::string_view>, 5> kCategoryCodes{{
    {VatCategory::kStandard, "S"},
    {VatCategory::kZero, "Z"},
    {VatCategory::kExempt, "E"},
    {VatCategory::kReverseCharge, "AE"},
    {VatCategory::kNotSubject, "O"},
}};

VatRate Rate(std::string name, std::int64_t percent, VatCategory category) {
  VatRate r;
  r.name = std::move(name);
  r.percent = percent;
  r.category = category;
  return r;
}

}  // namespace

std::string_view VatCategoryCode(VatCategory category) {
  for (const auto& [c, code] : kCategoryCodes) {
    if (c == category) return code;
  }
  return "S";
}

std::optional<VatCategory> ParseVatCategory(std::string_view code) {
  for (const auto& [c, name] : kCategoryCodes) {
    if (name == code) return c;
  }
  return std::nullopt;
}

std::vector<VatRate> DefaultVatRates(std::string_view country) {
  if (country == "FI") {
    return {Rate("Standard 25.5 %", 2550, VatCategory::kStandard),
            Rate("Reduced 14 %", 1400, VatCategory::kStandard),
            Rate("Reduced 10 %", 1000, VatCategory::kStandard),
            Rate("Zero rated 0 %", 0, VatCategory::kZero)};
  }
  if (country == "NO") {
    return {Rate("Standard 25 %", 2500, VatCategory::kStandard),
            Rate("Reduced 15 %", 1500, VatCategory::kStandard),
            Rate("Reduced 12 %", 1200, VatCategory::kStandard),
            Rate("Zero rated 0 %", 0, VatCategory::kZero)};
  }
  return {};
}

}  // namespace clientele::settings
