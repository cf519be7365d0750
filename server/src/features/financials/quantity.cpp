#include "features/financials/quantity.hpp"

namespace clientele::financials {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::variant<std::int64_t, std::string> ParseQuantity(std::string_view text) {
  const std::string shape = "must be a decimal number with at most two decimals, such as \"1.25\"";
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  const auto dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) return shape;
  for (char c : whole)
    if (!IsDigit(c)) return shape;
  for (char c : fraction)
    if (!IsDigit(c)) return shape;
  if (fraction.size() > 2) return std::string("must have at most two decimals");
  // Leading zeros are harmless; the length check keeps the accumulation far below the 64-bit range.
  std::size_t first = whole.find_first_not_of('0');
  const std::string_view significant =
      first == std::string_view::npos ? std::string_view() : whole.substr(first);
  if (significant.size() > 12) return std::string("is too large");
  std::int64_t value = 0;
  for (char c : significant) value = value * 10 + (c - '0');
  for (std::size_t i = 0; i < 2; ++i) value = value * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  return negative ? -value : value;
}

std::string FormatQuantity(std::int64_t hundredths) {
  const bool negative = hundredths < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(hundredths) : static_cast<std::uint64_t>(hundredths);
  std::string out = (negative ? "-" : "") + std::to_string(magnitude / 100);
  const auto cents = magnitude % 100;
  if (cents == 0) return out;
  out += '.';
  out += static_cast<char>('0' + cents / 10);
  if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  return out;
}

}  // namespace clientele::financials
