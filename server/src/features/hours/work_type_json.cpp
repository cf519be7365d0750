#include "features/hours/work_type_json.hpp"

namespace clientele::hours {

using nlohmann::json;

void to_json(json& j, const Money& m) { j = {{"amount", m.amount}, {"currency", m.currency}}; }

void to_json(json& j, const WorkType& t) {
  j = {{"id", t.id.value},
       {"name", t.name},
       {"code", t.code},
       {"hourlyPrice", t.hourly_price},
       {"billable", t.billable},
       {"isActive", t.active},
       {"usageCount", t.usage_count},
       {"version", t.version}};
}

namespace {

/// An integer that fits int64: a float such as 12.5 or a huge number is not an amount of minor units.
bool IsMinorUnits(const json& amount) {
  if (amount.is_number_unsigned()) return amount.get<std::uint64_t>() <= std::uint64_t(INT64_MAX);
  return amount.is_number_integer();
}

}  // namespace

Field<Money> ReadMoney(clientele::json::ObjectReader& r, const std::string& name,
                       std::vector<FieldError>& errors) {
  auto raw = r.Object(name);
  if (!raw.present || !raw.value) return {raw.present, std::nullopt};
  const json& object = *raw.value;
  auto amount = object.find("amount");
  auto currency = object.find("currency");
  if (object.size() != 2 || amount == object.end() || currency == object.end() || !IsMinorUnits(*amount) ||
      !currency->is_string()) {
    errors.push_back({name, "must be {\"amount\": integer minor units, \"currency\": \"EUR\"}"});
    return {};
  }
  return {true, Money{amount->get<std::int64_t>(), currency->get<std::string>()}};
}

Result<NewWorkType> ParseNewWorkType(const json& body) {
  clientele::json::ObjectReader r(body);
  NewWorkType t;
  t.name = r.String("name").value;
  t.code = r.String("code").value;
  t.hourly_price = ReadMoney(r, "hourlyPrice", t.shape_errors).value;
  t.billable = r.Bool("billable").value;
  t.active = r.Bool("isActive").value;
  CLIENTELE_CHECK(r.Finish());
  return t;
}

Result<WorkTypePatch> ParseWorkTypePatch(const json& body) {
  clientele::json::ObjectReader r(body);
  WorkTypePatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.code = r.String("code");
  p.hourly_price = ReadMoney(r, "hourlyPrice", p.shape_errors);
  p.billable = r.Bool("billable");
  p.active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::hours
