#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace clientele::projects {

/// An exact sum of money in minor units, or of minor units × percent. Amounts are at most 10^13
/// (validation::kMaxMoneyAmount; older rows up to 10^15, any stored row below 2^63) and percents at most 100,
/// so 128 bits hold the sum of more rows than any database can keep; Add still checks.
using ExactSum = __int128;

/// Pipeline figures of one currency.
struct CurrencyTotals {
  std::string currency;
  std::int64_t count = 0;
  ExactSum pipeline = 0;  // sum of expected values, minor units
  ExactSum weighted = 0;  // sum of value × probability / 100, rounded once (see TotalsBuilder)
};

/// Adds up sales cases' expected values per currency, exactly and without overflow for any number of rows.
/// The weighted figure is one figure (DESIGN.md §4): the exact sum of amount × probability, divided by 100
/// and rounded half away from zero once at the end, not a sum of per-case roundings.
class TotalsBuilder {
 public:
  /// One sales case with an expected value; throws std::overflow_error if a sum ever left 128 bits.
  void Add(const std::string& currency, std::int64_t amount, std::int64_t probability);
  /// One line per currency, in currency order.
  std::vector<CurrencyTotals> Build() const;

 private:
  struct Sums {
    std::int64_t count = 0;
    ExactSum amounts = 0;
    ExactSum percent_amounts = 0;  // Σ amount × probability, minor units × percent
  };
  std::map<std::string, Sums> by_currency_;
};

/// `value` / 100, rounded half away from zero.
ExactSum RoundPercent(ExactSum value);

/// The exact decimal digits of `value` ("-12", "93000000000000001").
std::string DecimalString(ExactSum value);

}  // namespace clientele::projects
