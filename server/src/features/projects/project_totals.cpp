#include "features/projects/project_totals.hpp"

#include <stdexcept>

namespace clientele::projects {

namespace {

ExactSum CheckedAdd(ExactSum a, ExactSum b) {
  ExactSum sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("a pipeline total left 128 bits");
  return sum;
}

}  // namespace

void TotalsBuilder::Add(const std::string& currency, std::int64_t amount, std::int64_t probability) {
  auto& sums = by_currency_[currency];
  ++sums.count;
  sums.amounts = CheckedAdd(sums.amounts, amount);
  // Both factors are below 2^63, so their product fits in 127 bits; only the sum needs checking.
  sums.percent_amounts = CheckedAdd(sums.percent_amounts, static_cast<ExactSum>(amount) * probability);
}

std::vector<CurrencyTotals> TotalsBuilder::Build() const {
  std::vector<CurrencyTotals> out;
  out.reserve(by_currency_.size());
  for (const auto& [currency, sums] : by_currency_)
    out.push_back({currency, sums.count, sums.amounts, RoundPercent(sums.percent_amounts)});
  return out;
}

ExactSum RoundPercent(ExactSum value) {
  if (value < 0) return -((-value + 50) / 100);
  return (value + 50) / 100;
}

std::string DecimalString(ExactSum value) {
  if (value == 0) return "0";
  const bool negative = value < 0;
  std::string digits;
  // Digit by digit from the remainder's magnitude, which stays correct even for the smallest value.
  while (value != 0) {
    const auto digit = static_cast<int>(value % 10);
    digits.insert(digits.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    value /= 10;
  }
  if (negative) digits.insert(digits.begin(), '-');
  return digits;
}

}  // namespace clientele::projects
