#include "features/financials/forecast_rules.hpp"

#include <map>
#include <set>

#include "features/financials/money_math.hpp"
#include "platform/validation/money.hpp"
#include "platform/validation/text.hpp"

namespace clientele::financials {

namespace {

using Errors = std::vector<FieldError>;

std::optional<std::int64_t> ValidFigure(const Field<Money>& field, const std::string& name,
                                        const std::string& currency, Errors& errors) {
  if (!field.present || !field.value) return std::nullopt;
  const Money& m = *field.value;
  if (m.currency != currency)
    errors.push_back({name + ".currency", "must be the project's currency, " + currency});
  else if (auto e = validation::CheckMoneyAmount(m.amount))
    errors.push_back({name + ".amount", *e});
  else
    return m.amount;
  return std::nullopt;
}

}  // namespace

Result<std::vector<ForecastMonth>> ValidateForecastMonths(const ForecastInput& input,
                                                          const std::string& currency) {
  Errors errors = input.shape_errors;
  if (!input.version) errors.push_back({"version", "is required: send the version you read (0 for none)"});
  if (input.months.size() > kMaxForecastMonthsPerPut)
    errors.push_back({"months", "at most " + std::to_string(kMaxForecastMonthsPerPut) + " months at once"});
  std::vector<ForecastMonth> out;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < input.months.size() && i < kMaxForecastMonthsPerPut; ++i) {
    const auto& in = input.months[i];
    const std::string at = "months[" + std::to_string(i) + "]";
    ForecastMonth m;
    if (!in.month || !ParseMonth(*in.month)) {
      errors.push_back({at + ".month", "must be a month YYYY-MM"});
    } else if (!seen.insert(*in.month).second) {
      errors.push_back({at + ".month", "is listed twice"});
    } else {
      m.month = *in.month;
    }
    m.revenue = ValidFigure(in.revenue, at + ".revenue", currency, errors);
    m.billing = ValidFigure(in.billing, at + ".billing", currency, errors);
    m.labor_cost = ValidFigure(in.labor_cost, at + ".laborCost", currency, errors);
    m.other_cost = ValidFigure(in.other_cost, at + ".otherCost", currency, errors);
    if (in.notes) {
      auto notes = validation::Trim(*in.notes);
      if (auto e = validation::CheckLine(notes, kMaxForecastNote, true))
        errors.push_back({at + ".notes", *e});
      else if (!notes.empty())
        m.notes = std::move(notes);
    }
    out.push_back(std::move(m));
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return out;
}

std::optional<FillPlan> PlanFillFromFees(const std::vector<FeeRows>& rows, MonthIndex current,
                                         const std::vector<ForecastMonth>& existing) {
  struct Month {
    Sum revenue, cost;
    bool billable = false;
  };
  std::map<MonthIndex, Month> months;
  for (const auto& r : rows) {
    const auto index = ParseMonth(r.month);
    if (!index || *index < current) continue;  // never a past month
    const auto value = LineAmount(r.quantity, r.unit_price);
    const auto cost = LineAmount(r.quantity, r.unit_cost);
    if (!value || !cost) return std::nullopt;
    Month& m = months[*index];
    if (r.billable) {
      m.billable = true;
      m.revenue.AddTimes(*value, r.count);
    }
    m.cost.AddTimes(*cost, r.count);
  }
  std::map<std::string, const ForecastMonth*> stored;
  for (const auto& f : existing) stored[f.month] = &f;
  FillPlan plan;
  for (const auto& [index, sums] : months) {
    if (sums.revenue.overflow() || sums.cost.overflow()) return std::nullopt;
    const bool sets_revenue = sums.billable;
    const bool sets_cost = sums.cost.total() != 0;
    if (!sets_revenue && !sets_cost) continue;
    ForecastMonth m;
    m.month = FormatMonth(index);
    // The figures it does not set stay as they are.
    if (auto it = stored.find(m.month); it != stored.end()) m = *it->second;
    if ((sets_revenue && (m.revenue || m.billing)) || (sets_cost && m.other_cost))
      plan.non_empty.push_back(m.month);
    if (sets_revenue) m.revenue = m.billing = sums.revenue.total();
    if (sets_cost) m.other_cost = sums.cost.total();
    plan.months.push_back(std::move(m));
  }
  return plan;
}

}  // namespace clientele::financials
