#include "features/financials/months.hpp"

#include <cstdio>

namespace clientele::financials {

std::optional<MonthIndex> ParseMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int digits[6];
  const std::size_t positions[6] = {0, 1, 2, 3, 5, 6};
  for (int i = 0; i < 6; ++i) {
    const char c = text[positions[i]];
    if (c < '0' || c > '9') return std::nullopt;
    digits[i] = c - '0';
  }
  const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  const int month = digits[4] * 10 + digits[5];
  if (year < 1000 || month < 1 || month > 12) return std::nullopt;
  return year * 12 + month - 1;
}

std::string FormatMonth(MonthIndex month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", month / 12, month % 12 + 1);
  return buffer;
}

std::string FirstDay(MonthIndex month) { return FormatMonth(month) + "-01"; }

std::string LastDay(MonthIndex month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int year = month / 12;
  const int m = month % 12;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[m] + (m == 1 && leap ? 1 : 0);
  return FormatMonth(month) + "-" + std::to_string(days);
}

}  // namespace clientele::financials
