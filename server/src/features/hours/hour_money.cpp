#include "features/hours/hour_money.hpp"

#include <limits>

namespace clientele::hours {

std::int64_t HourValue(std::int64_t minutes, std::int64_t price_per_hour) {
  const __int128 product = static_cast<__int128>(minutes) * price_per_hour;
  const bool negative = product < 0;
  const __int128 magnitude = negative ? -product : product;
  // Half away from zero: add half the divisor to the magnitude before the truncating division.
  const __int128 rounded = (magnitude + 30) / 60;
  const __int128 value = negative ? -rounded : rounded;
  if (value > std::numeric_limits<std::int64_t>::max()) return std::numeric_limits<std::int64_t>::max();
  if (value < std::numeric_limits<std::int64_t>::min()) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(value);
}

}  // namespace clientele::hours
