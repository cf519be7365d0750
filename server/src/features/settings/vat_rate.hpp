#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/errors/error.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"

namespace clientele::settings {

using VatRateId = Id<struct VatRateTag>;

/// An organization can have at most this many VAT rates (the list is returned whole).
inline constexpr std::int64_t kMaxVatRates = 100;

/// An EN 16931 VAT category code (UNCL5305): standard, zero rated, exempt, reverse charge, not subject.
enum class VatCategory { kStandard, kZero, kExempt, kReverseCharge, kNotSubject };

std::string_view VatCategoryCode(VatCategory category);
std::optional<VatCategory> ParseVatCategory(std::string_view code);

/// A VAT rate fees and invoice lines can name.
struct VatRate {
  VatRateId id;
  std::string name;
  /// Hundredths of a percent: 2550 is 25.5 %.
  std::int64_t percent = 0;
  VatCategory category = VatCategory::kStandard;
  bool active = true;
  /// Fees and costs that name it (counted for the settings list).
  std::int64_t usage_count = 0;
  std::int64_t version = 1;
};

/// A new VAT rate as the client sent it (not yet validated).
struct NewVatRate {
  std::optional<std::string> name;
  std::optional<std::string> percent;
  std::optional<std::string> category;
  std::optional<bool> active;
};

struct VatRatePatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::string> percent;
  Field<std::string> category;
  Field<bool> active;
};

/// The rates an organization starts with when its country is first set (FI and NO; none elsewhere).
std::vector<VatRate> DefaultVatRates(std::string_view country);

}  // namespace clientele::settings
