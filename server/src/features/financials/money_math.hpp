#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace clientele::financials {

/// The largest amount one row (a fee's or an hour entry's value or cost) may reach, in minor units: sums of
/// many rows stay far from the 64-bit limit. A local bound until platform/validation has a shared one.
inline constexpr std::int64_t kMaxRowAmount = 10'000'000'000'000;  // 10^13

/// `numerator / denominator` rounded half away from zero (denominator > 0); exact for any 128-bit numerator.
__int128 DivideRounded(__int128 numerator, std::int64_t denominator);

/// quantity (hundredths) × unit price (minor units), rounded once to the minor unit; nullopt when the result
/// is beyond ±kMaxRowAmount.
std::optional<std::int64_t> LineAmount(std::int64_t quantity_hundredths, std::int64_t unit_price);

/// minutes × hourly price (minor units per hour), rounded once; nullopt beyond ±kMaxRowAmount. An hour
/// entry's value: the rollup project_hour_months sums the same per entry in SQL (hour_rollup_dbtest).
std::optional<std::int64_t> HoursAmount(std::int64_t minutes, std::int64_t per_hour);

/// part / whole in tenths of a percent (255 for 25.5 %), rounded half away from zero; nullopt when whole is
/// 0.
std::optional<std::int64_t> PercentTenths(std::int64_t part, std::int64_t whole);
/// Tenths of a percent as a decimal string with one decimal: 255 → "25.5", -30 → "-3.0".
std::string FormatTenths(std::int64_t tenths);

/// A sum of 64-bit figures that remembers whether it ever left the 64-bit range.
class Sum {
 public:
  void Add(std::int64_t value) { overflow_ |= __builtin_add_overflow(total_, value, &total_); }
  void Subtract(std::int64_t value) { overflow_ |= __builtin_sub_overflow(total_, value, &total_); }
  /// Adds value × count (rows that are alike), checked the same way.
  void AddTimes(std::int64_t value, std::int64_t count) {
    std::int64_t product = 0;
    overflow_ |= __builtin_mul_overflow(value, count, &product);
    Add(product);
  }
  std::int64_t total() const { return total_; }
  bool overflow() const { return overflow_; }

 private:
  std::int64_t total_ = 0;
  bool overflow_ = false;
};

}  // namespace clientele::financials
