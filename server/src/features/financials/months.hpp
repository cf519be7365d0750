#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::financials {

/// A calendar month counted from year 0 (year × 12 + month − 1), so that months add and compare as integers.
using MonthIndex = int;

/// "2026-11" → its index; nullopt for anything that is not YYYY-MM with a month 01–12 (years 1000–9999).
std::optional<MonthIndex> ParseMonth(std::string_view text);
/// The index's "YYYY-MM".
std::string FormatMonth(MonthIndex month);
/// The month of a date "YYYY-MM-DD" (the date is assumed valid).
inline std::string MonthOf(std::string_view date) { return std::string(date.substr(0, 7)); }
/// The first and the last day of a month, as dates.
std::string FirstDay(MonthIndex month);
std::string LastDay(MonthIndex month);

/// The month table's default span around today's month: the past six months, this one and the next twelve.
inline constexpr int kMonthsBack = 6;
inline constexpr int kMonthsAhead = 12;
/// The longest span one request may ask for (ten years).
inline constexpr int kMaxMonths = 120;

}  // namespace clientele::financials
