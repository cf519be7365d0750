#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::hours {

/// The largest amount one row may carry, in minor units (10^13: 100 billion euros). A local bound until the
/// shared one in platform/validation (branch sec-visibility) reaches main.
inline constexpr std::int64_t kMaxRowAmount = 10'000'000'000'000;

/// Minutes in a day: the most one user may record on one date, over all their entries.
inline constexpr std::int64_t kMinutesPerDay = 24 * 60;

/// Why `amount` is not a money amount a row may carry (nullopt: fine): negative or beyond kMaxRowAmount.
std::optional<std::string> CheckRowAmount(std::int64_t amount);

/// Whether `code` looks like an ISO 4217 code: three upper-case ASCII letters.
bool IsCurrencyCode(std::string_view code);

/// The value of `minutes` at `price_per_hour` minor units per hour: minutes × price / 60, rounded half away
/// from zero once. The product is taken in 128 bits, so any int64 inputs are exact; a result beyond int64
/// saturates (callers bound their inputs far below that).
std::int64_t HourValue(std::int64_t minutes, std::int64_t price_per_hour);

}  // namespace clientele::hours
