#include "features/financials/financials_json.hpp"

#include "features/financials/money_json.hpp"
#include "features/financials/money_math.hpp"

namespace clientele::financials {

using nlohmann::json;

namespace {

json MoneyFigure(const Figure& f, const std::string& currency) {
  return {{"actual", MoneyJson(f.actual, currency)},
          {"forecast", MoneyJson(f.forecast, currency)},
          {"difference", MoneyJson(f.difference, currency)}};
}

json Tenths(const std::optional<std::int64_t>& tenths) {
  return tenths ? json(FormatTenths(*tenths)) : json(nullptr);
}

json PercentFigure(const Figure& f) {
  return {
      {"actual", Tenths(f.actual)}, {"forecast", Tenths(f.forecast)}, {"difference", Tenths(f.difference)}};
}

json RowJson(const MonthFigures& m, const std::string& currency) {
  json row = {{"revenue", MoneyFigure(m.revenue, currency)},
              {"billing", MoneyFigure(m.billing, currency)},
              {"laborCost", MoneyFigure(m.labor_cost, currency)},
              {"otherCost", MoneyFigure(m.other_cost, currency)},
              {"margin", MoneyFigure(m.margin, currency)},
              {"marginPercent", PercentFigure(m.margin_percent)},
              {"billableMinutes", m.billable_minutes},
              {"nonBillableMinutes", m.non_billable_minutes},
              {"billablePercent", Tenths(m.billable_percent)}};
  if (!m.month.empty()) row["month"] = m.month;
  return row;
}

}  // namespace

void to_json(json& j, const ProjectFinancials& f) {
  auto months = json::array();
  for (const auto& m : f.table.months) months.push_back(RowJson(m, f.currency));
  j = {{"projectId", f.project.value},
       {"currency", f.currency},
       {"from", f.from},
       {"to", f.to},
       {"months", months},
       {"totals", RowJson(f.table.totals, f.currency)}};
}

}  // namespace clientele::financials
