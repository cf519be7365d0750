#include "platform/validation/percent.hpp"

namespace clientele::validation {

std::variant<std::int64_t, std::string> ParsePercent(std::string_view text) {
  const std::string error = "must be a percent from 0 to 100 with at most two decimals, e.g. \"25.5\"";
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 3 || fraction.size() > 2) return error;
  if (dot != std::string_view::npos && fraction.empty()) return error;
  std::int64_t value = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return error;
    value = value * 10 + (c - '0');
  }
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < fraction.size() ? fraction[i] : '0';
    if (c < '0' || c > '9') return error;
    value = value * 10 + (c - '0');
  }
  if (value > 10000) return error;
  return value;
}

std::string FormatPercent(std::int64_t hundredths) {
  std::string out = std::to_string(hundredths / 100);
  const auto cents = hundredths % 100;
  if (cents != 0) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  }
  return out;
}

}  // namespace clientele::validation
