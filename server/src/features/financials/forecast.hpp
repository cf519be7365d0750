#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/financials/fee.hpp"

namespace clientele::financials {

/// At most this many months in one PUT, and in one GET's answer.
inline constexpr std::size_t kMaxForecastMonthsPerPut = 120;
inline constexpr int kMaxForecastMonthsListed = 1200;
/// A month's note has at most this many characters.
inline constexpr std::size_t kMaxForecastNote = 2000;

/// One month of a project's forecast (minor units of the project's currency); empty figures are nullopt.
struct ForecastMonth {
  std::string month;  // YYYY-MM
  std::optional<std::int64_t> revenue;
  std::optional<std::int64_t> billing;
  std::optional<std::int64_t> labor_cost;
  std::optional<std::int64_t> other_cost;
  std::optional<std::string> notes;

  bool empty() const { return !revenue && !billing && !labor_cost && !other_cost && !notes; }
};

/// A project's forecast: its months with any figure or note, in month order, and the version of the whole.
struct Forecast {
  ProjectId project;
  std::string currency;
  std::vector<ForecastMonth> months;
  std::int64_t version = 0;  // 0: never saved
  std::optional<std::string> updated_at;
  std::optional<UserRef> updated_by;
};

/// One month of a PUT as the client sent it (a figure absent or null is empty).
struct ForecastMonthInput {
  std::optional<std::string> month;
  Field<Money> revenue;
  Field<Money> billing;
  Field<Money> labor_cost;
  Field<Money> other_cost;
  std::optional<std::string> notes;
};

/// PUT /projects/{id}/forecasts: the months to replace (the others stay) and the version the GET answered.
struct ForecastInput {
  std::optional<std::int64_t> version;
  std::vector<ForecastMonthInput> months;
  std::vector<FieldError> shape_errors;
};

/// POST …/forecasts/fill-from-fees.
struct FillRequest {
  bool overwrite = false;
  std::optional<std::int64_t> version;
};

}  // namespace clientele::financials
