#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace clientele::financials {

/// The largest quantity of one fee or cost row: a billion units, in hundredths.
inline constexpr std::int64_t kMaxQuantityHundredths = 100'000'000'000;

/// A decimal quantity such as "1.25" as an exact count of hundredths (125), or why the text is not one.
/// Accepts digits with at most two decimals after a '.', an optional leading '-'; no exponent, no spaces,
/// no float anywhere.
std::variant<std::int64_t, std::string> ParseQuantity(std::string_view text);

/// The shortest decimal text of a quantity in hundredths: 125 → "1.25", 150 → "1.5", 200 → "2".
std::string FormatQuantity(std::int64_t hundredths);

}  // namespace clientele::financials
