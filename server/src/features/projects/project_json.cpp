#include "features/projects/project_json.hpp"

#include "features/projects/project_rules.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::projects {

using clientele::json::OrNull;
using nlohmann::json;

namespace {

template <class T>
json IdOrNull(const std::optional<T>& id) {
  return id ? json(id->value) : json(nullptr);
}

/// A money figure: an integer while every JSON parser reads it exactly (±(2^53 - 1), RFC 8259 §6; JavaScript
/// rounds beyond), otherwise its exact decimal digits as a string. Money is never rounded to fit, capped or
/// sent as a float.
json Figure(ExactSum value) {
  constexpr ExactSum kExactInJson = (ExactSum{1} << 53) - 1;
  if (value >= -kExactInJson && value <= kExactInJson) return static_cast<std::int64_t>(value);
  return DecimalString(value);
}

/// expectedValue: {amount, currency} or null. A malformed object adds to `errors` (422 with the others).
Field<Money> ReadMoney(clientele::json::ObjectReader& r, std::vector<FieldError>& errors) {
  auto raw = r.Object("expectedValue");
  if (!raw.present || !raw.value) return {raw.present, std::nullopt};
  const json& object = *raw.value;
  auto amount = object.find("amount");
  auto currency = object.find("currency");
  if (object.size() != 2 || amount == object.end() || currency == object.end() ||
      !amount->is_number_integer() || !currency->is_string()) {
    errors.push_back({"expectedValue", "must be {\"amount\": integer minor units, \"currency\": \"EUR\"}"});
    return {};
  }
  return {true, Money{amount->get<std::int64_t>(), currency->get<std::string>()}};
}

}  // namespace

void to_json(json& j, const Project& p) {
  json member_ids = json::array();
  for (auto id : p.values.members) member_ids.push_back(id.value);
  json expected = nullptr;
  if (p.values.expected_value)
    expected = {{"amount", p.values.expected_value->amount}, {"currency", p.values.expected_value->currency}};
  j = {{"id", p.id.value},
       {"number", p.number},
       {"name", p.values.name},
       {"customerId", p.customer.value},
       {"customerName", p.customer_name},
       {"ownerId", IdOrNull(p.values.owner)},
       {"ownerName", OrNull(p.owner_name)},
       {"salesPersonId", IdOrNull(p.values.sales_person)},
       {"salesPersonName", OrNull(p.sales_person_name)},
       {"salesStatusId", p.values.sales_status.value},
       {"salesStatusName", p.sales_status_name},
       {"salesStatusCategory", statuses::CategoryName(p.sales_category)},
       {"state", StateName(p.state)},
       {"expectedValue", expected},
       {"currency", p.values.currency},
       {"probability", p.values.probability},
       {"expectedOrderDate", OrNull(p.values.expected_order_date)},
       {"startDate", OrNull(p.values.start_date)},
       {"deadline", OrNull(p.values.deadline)},
       {"closedDate", OrNull(p.closed_date)},
       {"description", OrNull(p.values.description)},
       {"memberIds", member_ids},
       {"members", p.members},
       {"createdAt", p.created_at},
       {"createdBy", p.created_by},
       {"updatedAt", p.updated_at},
       {"updatedBy", p.updated_by},
       {"version", p.version}};
}

void to_json(json& j, const StatusChange& c) {
  j = {{"id", c.id},
       {"at", c.at},
       {"by", c.by},
       {"fromStatusId", IdOrNull(c.from_status)},
       {"fromStatusName", OrNull(c.from_status_name)},
       {"toStatusId", c.to_status.value},
       {"toStatusName", c.to_status_name},
       {"fromState", c.from_state ? json(StateName(*c.from_state)) : json(nullptr)},
       {"toState", StateName(c.to_state)}};
}

void to_json(json& j, const CurrencyTotals& t) {
  j = {{"currency", t.currency},
       {"count", t.count},
       {"pipeline", Figure(t.pipeline)},
       {"weighted", Figure(t.weighted)}};
}

void to_json(json& j, const CustomerProjects& c) {
  j = {{"open", c.open}, {"closed", c.closed}, {"totals", c.totals}};
}

Result<NewProject> ParseNewProject(const json& body) {
  clientele::json::ObjectReader r(body);
  NewProject p;
  p.name = r.String("name").value;
  p.customer_id = r.Int("customerId").value;
  p.state = r.String("state").value;
  p.sales_status_id = r.Int("salesStatusId").value;
  p.owner_id = r.Int("ownerId").value;
  p.sales_person_id = r.Int("salesPersonId").value;
  p.expected_value = ReadMoney(r, p.shape_errors);
  p.currency = r.String("currency").value;
  p.probability = r.Int("probability").value;
  p.expected_order_date = r.String("expectedOrderDate").value;
  p.start_date = r.String("startDate").value;
  p.deadline = r.String("deadline").value;
  p.description = r.String("description").value;
  p.member_ids = r.IntList("memberIds").value;
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<ProjectPatch> ParseProjectPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  ProjectPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.sales_status_id = r.Int("salesStatusId");
  p.owner_id = r.Int("ownerId");
  p.sales_person_id = r.Int("salesPersonId");
  p.expected_value = ReadMoney(r, p.shape_errors);
  p.currency = r.String("currency");
  p.probability = r.Int("probability");
  p.expected_order_date = r.String("expectedOrderDate");
  p.start_date = r.String("startDate");
  p.deadline = r.String("deadline");
  p.description = r.String("description");
  p.member_ids = r.IntList("memberIds");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::projects
