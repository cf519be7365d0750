#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::validation {

/// The largest amount of money any API field takes, in minor units: 10^13 is 100 billion in a currency with
/// cents, more than one sales case, fee or invoice line of a professional-services firm ever needs. Bounding
/// every amount keeps sums and amount × percent products of any number of rows far inside 128 bits.
inline constexpr std::int64_t kMaxMoneyAmount = 10'000'000'000'000;

/// Why `amount` (minor units) is not acceptable as a money field's amount (nullopt: fine): it must be
/// 0 … kMaxMoneyAmount. Every money field the API takes checks its amount here.
std::optional<std::string> CheckMoneyAmount(std::int64_t amount);

/// Why `code` is not an ISO 4217 currency code, three capital letters (nullopt: fine).
std::optional<std::string> CheckCurrencyCode(std::string_view code);

}  // namespace clientele::validation
