#include "features/hours/hour_json.hpp"

#include "features/hours/work_type_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::hours {

using nlohmann::json;

namespace {

json MoneyOrNull(const std::optional<std::int64_t>& amount, const std::string& currency) {
  return amount ? json(Money{*amount, currency}) : json(nullptr);
}

json CellJson(const TimesheetCell& cell) {
  json entries = json::array();
  for (const auto& e : cell.entries) {
    entries.push_back({{"id", e.id.value},
                       {"minutes", e.minutes},
                       {"description", e.description},
                       {"invoiced", e.invoiced},
                       {"version", e.version}});
  }
  return {{"date", cell.date}, {"minutes", cell.minutes}, {"entries", entries}};
}

}  // namespace

void to_json(json& j, const HourEntry& e) {
  j = {{"id", e.id.value},
       {"userId", e.user.id.value},
       {"userName", e.user.name},
       {"projectId", e.project.value},
       {"projectNumber", e.project_number},
       {"projectName", e.project_name},
       {"customerId", e.customer.value},
       {"workTypeId", e.work_type.value},
       {"workTypeName", e.work_type_name},
       {"date", e.date},
       {"minutes", e.minutes},
       {"description", e.description},
       {"billable", e.billable},
       {"unitPrice", Money{e.unit_price, e.currency}},
       {"unitCost", MoneyOrNull(e.unit_cost, e.currency)},
       {"invoiceId", clientele::json::OrNull(e.invoice_id)},
       {"createdAt", e.created_at},
       {"createdBy", e.created_by},
       {"updatedAt", e.updated_at},
       {"updatedBy", e.updated_by},
       {"version", e.version}};
}

void to_json(json& j, const Timesheet& t) {
  json rows = json::array();
  for (const auto& row : t.rows) {
    json cells = json::array();
    for (const auto& cell : row.cells) cells.push_back(CellJson(cell));
    rows.push_back({{"projectId", row.project.value},
                    {"projectNumber", row.project_number},
                    {"projectName", row.project_name},
                    {"workTypeId", row.work_type.value},
                    {"workTypeName", row.work_type_name},
                    {"cells", cells},
                    {"totalMinutes", row.total_minutes}});
  }
  j = {{"week", t.week},
       {"days", t.days},
       {"rows", rows},
       {"dayTotals", t.day_totals},
       {"totalMinutes", t.total_minutes}};
}

void to_json(json& j, const ProjectPrices& p) {
  json prices = json::array();
  for (const auto& price : p.prices) {
    prices.push_back({{"workTypeId", price.work_type.value},
                      {"workTypeName", price.work_type_name},
                      {"hourlyPrice", price.hourly_price}});
  }
  j = {{"projectId", p.project.value}, {"currency", p.currency}, {"prices", prices}, {"version", p.version}};
}

Result<NewHourEntry> ParseNewHourEntry(const json& body) {
  clientele::json::ObjectReader r(body);
  NewHourEntry e;
  e.user_id = r.Int("userId").value;
  e.project_id = r.Int("projectId").value;
  e.work_type_id = r.Int("workTypeId").value;
  e.date = r.String("date").value;
  e.minutes = r.Int("minutes").value;
  e.description = r.String("description").value;
  e.billable = r.Bool("billable").value;
  CLIENTELE_CHECK(r.Finish());
  return e;
}

Result<HourEntryPatch> ParseHourEntryPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  HourEntryPatch p;
  p.version = r.Int("version").value;
  p.user_id = r.Int("userId");
  p.project_id = r.Int("projectId");
  p.work_type_id = r.Int("workTypeId");
  p.date = r.String("date");
  p.minutes = r.Int("minutes");
  p.description = r.String("description");
  p.billable = r.Bool("billable");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<ProjectPricesInput> ParseProjectPrices(const json& body) {
  clientele::json::ObjectReader r(body);
  ProjectPricesInput input;
  input.version = r.Int("version").value;
  auto list = r.Array("prices");
  CLIENTELE_CHECK(r.Finish());
  if (!list.value) {
    input.shape_errors.push_back({"prices", "is required: a list of {workTypeId, hourlyPrice}"});
    return input;
  }
  for (std::size_t i = 0; i < list.value->size(); ++i) {
    const json& item = (*list.value)[i];
    const std::string at = "prices[" + std::to_string(i) + "]";
    if (!item.is_object()) return Error::BadRequest(at + " must be an object");
    clientele::json::ObjectReader ir(item);
    auto type = ir.Int("workTypeId");
    std::vector<FieldError> item_errors;
    auto price = ReadMoney(ir, "hourlyPrice", item_errors);
    CLIENTELE_CHECK(ir.Finish());
    for (auto& e : item_errors) input.shape_errors.push_back({at + "." + e.field, e.message});
    if (!type.value) input.shape_errors.push_back({at + ".workTypeId", "is required"});
    if (!price.value && item_errors.empty())
      input.shape_errors.push_back({at + ".hourlyPrice", "is required"});
    if (type.value && price.value) input.prices.emplace_back(*type.value, *price.value);
  }
  return input;
}

}  // namespace clientele::hours
