#include "features/financials/financials_service.hpp"

namespace clientele::financials {

namespace {

std::vector<ForecastFigures> FiguresOf(const std::vector<ForecastMonth>& months) {
  std::vector<ForecastFigures> out;
  out.reserve(months.size());
  for (const auto& m : months) out.push_back({m.month, m.revenue, m.billing, m.labor_cost, m.other_cost});
  return out;
}

}  // namespace

Result<ProjectFinancials> FinancialsService::ForProject(const auth::Principal& caller, ProjectId project,
                                                        const std::optional<std::string>& from_text,
                                                        const std::optional<std::string>& to_text) {
  return db_.Read([&](soci::session& sql) -> Result<ProjectFinancials> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kView));
    // Plain integers: g++ 12 at -O3 warns about optional<int> here (a false maybe-uninitialized).
    const auto today = ParseMonth(MonthOf(access_.Today(sql, caller.org)));
    if (!today) return Error::Validation("today", "the organization's date is not a date");
    const MonthIndex default_from = *today - kMonthsBack;
    MonthIndex from = from_text ? ParseMonth(*from_text).value_or(default_from) : default_from;
    MonthIndex to = from + kMonthsBack + kMonthsAhead;
    if (to_text) {
      to = ParseMonth(*to_text).value_or(to);
      if (!from_text) from = to - kMonthsBack - kMonthsAhead;
    }
    if (to < from) return Error::Validation("to", "must not be before from");
    if (to - from + 1 > kMaxMonths)
      return Error::Validation("to", "a table spans at most " + std::to_string(kMaxMonths) + " months");
    MonthTableInput input;
    input.from = from;
    input.to = to;
    input.hours =
        hours_.MonthRows(sql, caller.org, project, facts.currency, FormatMonth(from), FormatMonth(to));
    input.fees = fees_.MonthRows(sql, caller.org, project, facts.currency, FirstDay(from), LastDay(to));
    input.forecasts = FiguresOf(
        forecasts_.Load(sql, caller.org, project, FormatMonth(from), FormatMonth(to), kMaxMonths).months);
    auto table = BuildMonthTable(input);
    if (!table) return Error::Validation("project", "the figures are beyond the range of 64-bit minor units");
    return ProjectFinancials{project, facts.currency, FormatMonth(from), FormatMonth(to), std::move(*table)};
  });
}

}  // namespace clientele::financials
