#include "features/financials/forecast_json.hpp"

#include "features/financials/money_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::financials {

using nlohmann::json;

namespace {

json MonthJson(const ForecastMonth& m, const std::string& currency) {
  return {{"month", m.month},
          {"revenue", MoneyJson(m.revenue, currency)},
          {"billing", MoneyJson(m.billing, currency)},
          {"laborCost", MoneyJson(m.labor_cost, currency)},
          {"otherCost", MoneyJson(m.other_cost, currency)},
          {"notes", clientele::json::OrNull(m.notes)}};
}

Result<ForecastMonthInput> ParseMonthInput(const json& item, const std::string& at,
                                           std::vector<FieldError>& errors) {
  if (!item.is_object()) return Error::BadRequest(at + " must be an object");
  clientele::json::ObjectReader r(item);
  ForecastMonthInput m;
  m.month = r.String("month").value;
  m.revenue = ReadMoney(r, "revenue", errors);
  m.billing = ReadMoney(r, "billing", errors);
  m.labor_cost = ReadMoney(r, "laborCost", errors);
  m.other_cost = ReadMoney(r, "otherCost", errors);
  m.notes = r.String("notes").value;
  auto finished = r.Finish();
  if (!finished.ok()) {
    Error e = std::move(finished).error();
    for (auto& f : e.fields) f.field = at + "." + f.field;
    return e;
  }
  for (auto& f : errors) f.field = at + "." + f.field;
  return m;
}

}  // namespace

void to_json(json& j, const Forecast& f) {
  auto months = json::array();
  for (const auto& m : f.months) months.push_back(MonthJson(m, f.currency));
  j = {{"projectId", f.project.value},
       {"currency", f.currency},
       {"months", months},
       {"version", f.version},
       {"updatedAt", clientele::json::OrNull(f.updated_at)},
       {"updatedBy", f.updated_by ? json(*f.updated_by) : json(nullptr)}};
}

Result<ForecastInput> ParseForecastInput(const json& body) {
  clientele::json::ObjectReader r(body);
  ForecastInput in;
  in.version = r.Int("version").value;
  auto months = r.Array("months");
  CLIENTELE_CHECK(r.Finish());
  if (!months.value) return in;
  for (std::size_t i = 0; i < months.value->size() && i <= kMaxForecastMonthsPerPut; ++i) {
    std::vector<FieldError> errors;
    CLIENTELE_TRY(m, ParseMonthInput((*months.value)[i], "months[" + std::to_string(i) + "]", errors));
    in.months.push_back(std::move(m));
    in.shape_errors.insert(in.shape_errors.end(), errors.begin(), errors.end());
  }
  return in;
}

Result<FillRequest> ParseFillRequest(const json& body) {
  clientele::json::ObjectReader r(body);
  FillRequest request;
  request.overwrite = r.Bool("overwrite").value.value_or(false);
  request.version = r.Int("version").value;
  CLIENTELE_CHECK(r.Finish());
  return request;
}

}  // namespace clientele::financials
