#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/financials/months.hpp"

namespace clientele::financials {

/// The hour entries of one month and billability, summed (the rollup project_hour_months keeps them):
/// `value` and `cost` are sums of each entry's minutes × unit price (unit cost) / 60, rounded on its own.
struct HourRows {
  std::string month;  // YYYY-MM
  bool billable = false;
  std::int64_t minutes = 0;
  std::int64_t value = 0;  // minor units
  std::int64_t cost = 0;   // minor units
};

/// Fee and cost rows of one month that are alike in everything the figures read.
struct FeeRows {
  std::string month;
  bool billable = false;
  std::int64_t quantity = 0;  // hundredths
  std::int64_t unit_price = 0;
  std::int64_t unit_cost = 0;
  std::int64_t count = 1;
};

/// One month's forecast; an empty figure is nullopt, never zero.
struct ForecastFigures {
  std::string month;
  std::optional<std::int64_t> revenue;
  std::optional<std::int64_t> billing;
  std::optional<std::int64_t> labor_cost;
  std::optional<std::int64_t> other_cost;
};

/// An actual figure beside its forecast; the difference is actual − forecast when both are there.
struct Figure {
  std::optional<std::int64_t> actual;
  std::optional<std::int64_t> forecast;
  std::optional<std::int64_t> difference;
};

/// One row of the table (a month, or the totals with an empty `month`). Percents are in tenths.
struct MonthFigures {
  std::string month;
  Figure revenue;     // billable hours' value + billable fees and re-charges at quantity × unit price
  Figure billing;     // actual: invoicing (not yet: always empty)
  Figure labor_cost;  // minutes × unit cost of every hour entry
  Figure other_cost;  // quantity × unit cost of every fee and cost
  Figure margin;      // revenue − labor cost − other cost
  Figure margin_percent;
  std::int64_t billable_minutes = 0;
  std::int64_t non_billable_minutes = 0;
  std::optional<std::int64_t> billable_percent;
};

struct MonthTable {
  std::vector<MonthFigures> months;
  MonthFigures totals;
};

/// The inputs of a project's month table for the months [from, to].
struct MonthTableInput {
  MonthIndex from = 0;
  MonthIndex to = 0;
  std::vector<HourRows> hours;
  std::vector<FeeRows> fees;
  std::vector<ForecastFigures> forecasts;
};

/// The project Financials tab's figures: each row's value rounded once (half away from zero; hours arrive
/// with their entries' rounded values summed), months the sums of their rows, totals the sums of the
/// months. Rows outside [from, to] are ignored. nullopt when a fee row's value exceeds kMaxRowAmount or a
/// sum leaves the 64-bit range.
std::optional<MonthTable> BuildMonthTable(const MonthTableInput& input);

}  // namespace clientele::financials
