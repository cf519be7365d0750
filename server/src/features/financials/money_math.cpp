#include "features/financials/money_math.hpp"

#include <cstdint>

namespace clientele::financials {

namespace {

std::optional<std::int64_t> Bounded(__int128 value) {
  if (value > kMaxRowAmount || value < -kMaxRowAmount) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

}  // namespace

__int128 DivideRounded(__int128 numerator, std::int64_t denominator) {
  const bool negative = numerator < 0;
  const __int128 magnitude = negative ? -numerator : numerator;
  __int128 quotient = magnitude / denominator;
  // Half away from zero: a remainder of at least half the denominator rounds the magnitude up.
  if ((magnitude % denominator) * 2 >= denominator) ++quotient;
  return negative ? -quotient : quotient;
}

std::optional<std::int64_t> LineAmount(std::int64_t quantity_hundredths, std::int64_t unit_price) {
  return Bounded(DivideRounded(static_cast<__int128>(quantity_hundredths) * unit_price, 100));
}

std::optional<std::int64_t> HoursAmount(std::int64_t minutes, std::int64_t per_hour) {
  return Bounded(DivideRounded(static_cast<__int128>(minutes) * per_hour, 60));
}

std::optional<std::int64_t> PercentTenths(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  __int128 numerator = static_cast<__int128>(part) * 1000;
  __int128 denominator = whole;
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const bool negative = numerator < 0;
  const __int128 magnitude = negative ? -numerator : numerator;
  __int128 tenths = magnitude / denominator;
  if ((magnitude % denominator) * 2 >= denominator) ++tenths;
  // Percents of real figures are small; clamp the absurd (a huge margin over a one-cent revenue).
  constexpr __int128 kLimit = INT64_MAX;
  if (tenths > kLimit) tenths = kLimit;
  return static_cast<std::int64_t>(negative ? -tenths : tenths);
}

std::string FormatTenths(std::int64_t tenths) {
  const bool negative = tenths < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
  return (negative ? "-" : "") + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

}  // namespace clientele::financials
