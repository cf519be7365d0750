#pragma once

#include <cstdint>

#include "platform/validation/money.hpp"

namespace clientele::hours {

/// The largest amount one row may carry, in minor units: the API's bound on every money field.
inline constexpr std::int64_t kMaxRowAmount = validation::kMaxMoneyAmount;

/// Minutes in a day: the most one user may record on one date, over all their entries.
inline constexpr std::int64_t kMinutesPerDay = 24 * 60;

/// The value of `minutes` at `price_per_hour` minor units per hour: minutes × price / 60, rounded half away
/// from zero once. The product is taken in 128 bits, so any int64 inputs are exact; a result beyond int64
/// saturates (callers bound their inputs far below that).
std::int64_t HourValue(std::int64_t minutes, std::int64_t price_per_hour);

}  // namespace clientele::hours
