#include "features/financials/money_json.hpp"

namespace clientele::financials {

using nlohmann::json;

json MoneyJson(std::int64_t amount, const std::string& currency) {
  return {{"amount", amount}, {"currency", currency}};
}

json MoneyJson(const std::optional<std::int64_t>& amount, const std::string& currency) {
  return amount ? MoneyJson(*amount, currency) : json(nullptr);
}

Field<Money> MoneyFrom(const json* value, const std::string& name, std::vector<FieldError>& errors) {
  if (!value) return {};
  if (value->is_null()) return {true, std::nullopt};
  const json* amount = value->is_object() && value->contains("amount") ? &(*value)["amount"] : nullptr;
  const json* currency = value->is_object() && value->contains("currency") ? &(*value)["currency"] : nullptr;
  if (!amount || !currency || !amount->is_number_integer() || !currency->is_string() || value->size() != 2) {
    errors.push_back({name, "must be {\"amount\": integer minor units, \"currency\": \"EUR\"}"});
    return {true, std::nullopt};
  }
  return {true, Money{amount->get<std::int64_t>(), currency->get<std::string>()}};
}

Field<Money> ReadMoney(clientele::json::ObjectReader& r, const std::string& name,
                       std::vector<FieldError>& errors) {
  auto raw = r.Object(name);
  if (!raw.present) return {};
  if (!raw.value) return {true, std::nullopt};
  return MoneyFrom(&*raw.value, name, errors);
}

}  // namespace clientele::financials
