#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace clientele::validation {

/// A percent 0–100 as a decimal string with at most two decimals ("25.5", "0", "7.25") as an exact count of
/// hundredths (2550), or why the text is not one. No sign, exponent, spaces or float anywhere.
std::variant<std::int64_t, std::string> ParsePercent(std::string_view text);

/// The shortest decimal text of a percent in hundredths: 2550 → "25.5", 1400 → "14", 725 → "7.25".
std::string FormatPercent(std::int64_t hundredths);

}  // namespace clientele::validation
