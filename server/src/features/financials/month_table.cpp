#include "features/financials/month_table.hpp"

#include "features/financials/money_math.hpp"

namespace clientele::financials {

namespace {

/// The running sums of one month (or of the totals).
struct Sums {
  Sum revenue, labor_cost, other_cost, billable_minutes, non_billable_minutes;
  Sum revenue_forecast, billing_forecast, labor_forecast, other_forecast;
  bool has_revenue_forecast = false, has_billing_forecast = false, has_labor_forecast = false,
       has_other_forecast = false;
  bool bad_row = false;

  bool overflow() const {
    return bad_row || revenue.overflow() || labor_cost.overflow() || other_cost.overflow() ||
           billable_minutes.overflow() || non_billable_minutes.overflow() || revenue_forecast.overflow() ||
           billing_forecast.overflow() || labor_forecast.overflow() || other_forecast.overflow();
  }
};

// Hours arrive summed per month and billability, each entry rounded on its own before (the rollup's).
void AddHours(Sums& s, const HourRows& rows) {
  if (rows.billable) s.revenue.Add(rows.value);
  s.labor_cost.Add(rows.cost);
  (rows.billable ? s.billable_minutes : s.non_billable_minutes).Add(rows.minutes);
}

void AddFees(Sums& s, const FeeRows& rows) {
  const auto value = LineAmount(rows.quantity, rows.unit_price);
  const auto cost = LineAmount(rows.quantity, rows.unit_cost);
  if (!value || !cost) {
    s.bad_row = true;
    return;
  }
  if (rows.billable) s.revenue.AddTimes(*value, rows.count);
  s.other_cost.AddTimes(*cost, rows.count);
}

void AddForecast(Sum& sum, bool& present, const std::optional<std::int64_t>& figure) {
  if (!figure) return;
  sum.Add(*figure);
  present = true;
}

void AddForecasts(Sums& s, const ForecastFigures& f) {
  AddForecast(s.revenue_forecast, s.has_revenue_forecast, f.revenue);
  AddForecast(s.billing_forecast, s.has_billing_forecast, f.billing);
  AddForecast(s.labor_forecast, s.has_labor_forecast, f.labor_cost);
  AddForecast(s.other_forecast, s.has_other_forecast, f.other_cost);
}

std::optional<std::int64_t> Present(const Sum& sum, bool present) {
  return present ? std::optional<std::int64_t>(sum.total()) : std::nullopt;
}

Figure Compare(std::optional<std::int64_t> actual, std::optional<std::int64_t> forecast) {
  Figure f{actual, forecast, std::nullopt};
  if (actual && forecast) f.difference = *actual - *forecast;
  return f;
}

/// The figures of a month (or of the totals) from its sums, which the caller checked for overflow; the
/// margins are checked here. nullopt when one leaves the 64-bit range.
std::optional<MonthFigures> Figures(const std::string& month, const Sums& s) {
  MonthFigures m;
  m.month = month;
  m.revenue = Compare(s.revenue.total(), Present(s.revenue_forecast, s.has_revenue_forecast));
  m.billing = Compare(std::nullopt, Present(s.billing_forecast, s.has_billing_forecast));
  m.labor_cost = Compare(s.labor_cost.total(), Present(s.labor_forecast, s.has_labor_forecast));
  m.other_cost = Compare(s.other_cost.total(), Present(s.other_forecast, s.has_other_forecast));
  Sum margin;
  margin.Add(s.revenue.total());
  margin.Subtract(s.labor_cost.total());
  margin.Subtract(s.other_cost.total());
  std::optional<std::int64_t> margin_forecast;
  Sum planned;
  if (s.has_revenue_forecast || s.has_labor_forecast || s.has_other_forecast) {
    // An empty figure beside filled ones counts as nothing planned.
    planned.Add(s.revenue_forecast.total());
    planned.Subtract(s.labor_forecast.total());
    planned.Subtract(s.other_forecast.total());
    margin_forecast = planned.total();
  }
  if (margin.overflow() || planned.overflow()) return std::nullopt;
  m.margin = Compare(margin.total(), margin_forecast);
  std::optional<std::int64_t> percent_forecast;
  if (margin_forecast && s.has_revenue_forecast)
    percent_forecast = PercentTenths(*margin_forecast, s.revenue_forecast.total());
  m.margin_percent = Compare(PercentTenths(margin.total(), s.revenue.total()), percent_forecast);
  m.billable_minutes = s.billable_minutes.total();
  m.non_billable_minutes = s.non_billable_minutes.total();
  Sum all_minutes;
  all_minutes.Add(m.billable_minutes);
  all_minutes.Add(m.non_billable_minutes);
  if (all_minutes.overflow()) return std::nullopt;
  m.billable_percent = PercentTenths(m.billable_minutes, all_minutes.total());
  return m;
}

}  // namespace

std::optional<MonthTable> BuildMonthTable(const MonthTableInput& input) {
  if (input.to < input.from) return MonthTable{};
  std::vector<Sums> months(static_cast<std::size_t>(input.to - input.from + 1));
  auto slot = [&](const std::string& month) -> Sums* {
    const auto index = ParseMonth(month);
    if (!index || *index < input.from || *index > input.to) return nullptr;
    return &months[static_cast<std::size_t>(*index - input.from)];
  };
  for (const auto& rows : input.hours)
    if (auto* s = slot(rows.month)) AddHours(*s, rows);
  for (const auto& rows : input.fees)
    if (auto* s = slot(rows.month)) AddFees(*s, rows);
  for (const auto& f : input.forecasts)
    if (auto* s = slot(f.month)) AddForecasts(*s, f);

  MonthTable table;
  Sums totals;
  for (std::size_t i = 0; i < months.size(); ++i) {
    const Sums& s = months[i];
    if (s.overflow()) return std::nullopt;
    auto figures = Figures(FormatMonth(input.from + static_cast<int>(i)), s);
    if (!figures) return std::nullopt;
    table.months.push_back(std::move(*figures));
    // Totals are sums of the months' (already rounded) figures.
    totals.revenue.Add(s.revenue.total());
    totals.labor_cost.Add(s.labor_cost.total());
    totals.other_cost.Add(s.other_cost.total());
    totals.billable_minutes.Add(s.billable_minutes.total());
    totals.non_billable_minutes.Add(s.non_billable_minutes.total());
    AddForecasts(totals, {"", Present(s.revenue_forecast, s.has_revenue_forecast),
                          Present(s.billing_forecast, s.has_billing_forecast),
                          Present(s.labor_forecast, s.has_labor_forecast),
                          Present(s.other_forecast, s.has_other_forecast)});
  }
  if (totals.overflow()) return std::nullopt;
  auto figures = Figures("", totals);
  if (!figures) return std::nullopt;
  table.totals = std::move(*figures);
  return table;
}

}  // namespace clientele::financials
