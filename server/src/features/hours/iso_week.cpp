#include "features/hours/iso_week.hpp"

#include <chrono>
#include <cstdio>

namespace clientele::hours {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

std::string Format(sys_days day) {
  const year_month_day ymd(day);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

/// Monday of ISO week 1 of `year`: the week with the year's first Thursday (the one with 4 January).
sys_days WeekOneMonday(int year) {
  const sys_days jan4 = sys_days(std::chrono::year(year) / 1 / 4);
  const std::chrono::weekday wd(jan4);
  const unsigned from_monday = (wd.c_encoding() + 6) % 7;  // Monday 0 … Sunday 6
  return jan4 - days(from_monday);
}

int WeeksIn(int year) {
  return static_cast<int>((WeekOneMonday(year + 1) - WeekOneMonday(year)).count() / 7);
}

int Digits(std::string_view text) {
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<std::vector<std::string>> IsoWeekDays(std::string_view week) {
  if (week.size() != 8 || week[4] != '-' || week[5] != 'W') return std::nullopt;
  const int year = Digits(week.substr(0, 4)), number = Digits(week.substr(6, 2));
  if (year < 1900 || year > 2999 || number < 1 || number > WeeksIn(year)) return std::nullopt;
  const sys_days monday = WeekOneMonday(year) + days(7 * (number - 1));
  std::vector<std::string> out;
  for (int i = 0; i < 7; ++i) out.push_back(Format(monday + days(i)));
  return out;
}

std::string IsoWeekOf(std::string_view date) {
  const int y = Digits(date.substr(0, 4));
  const auto m = static_cast<unsigned>(Digits(date.substr(5, 2)));
  const auto d = static_cast<unsigned>(Digits(date.substr(8, 2)));
  const sys_days day = sys_days(std::chrono::year(y) / m / d);
  int year = y;
  if (day >= WeekOneMonday(y + 1))
    year = y + 1;
  else if (day < WeekOneMonday(y))
    year = y - 1;
  const int number = static_cast<int>((day - WeekOneMonday(year)).count() / 7) + 1;
  // Sized for any two ints, so that -Wformat-truncation has nothing to say (years are 0001-9999 here).
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, number);
  return buffer;
}

}  // namespace clientele::hours
