#include "platform/validation/money.hpp"

#include <algorithm>

namespace clientele::validation {

std::optional<std::string> CheckMoneyAmount(std::int64_t amount) {
  if (amount < 0 || amount > kMaxMoneyAmount)
    return "must be between 0 and " + std::to_string(kMaxMoneyAmount) + " minor units (10^13)";
  return std::nullopt;
}

std::optional<std::string> CheckCurrencyCode(std::string_view code) {
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return "must be an ISO 4217 code such as EUR or NOK";
  return std::nullopt;
}

}  // namespace clientele::validation
