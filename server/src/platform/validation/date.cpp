#include "platform/validation/date.hpp"

namespace clientele::validation {

std::optional<std::string> CheckDate(std::string_view text) {
  const char* kShape = "must be a date written YYYY-MM-DD";
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return kShape;
  auto number = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 0 || month < 0 || day < 0) return kShape;
  if (year < 1900 || year > 2999) return "must be a year between 1900 and 2999";
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return "is not a date: the month is " + std::to_string(month);
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > days) return "is not a date: that month has " + std::to_string(days) + " days";
  return std::nullopt;
}

}  // namespace clientele::validation
