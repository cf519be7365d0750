#include "features/users/user_json.hpp"

#include "platform/json/json_body.hpp"

namespace clientele::auth {
void to_json(nlohmann::json& j, const Permissions& p) {
  auto area = [](const AreaAccess& a) {
    return nlohmann::json{{"view", ScopeName(a.view)}, {"edit", ScopeName(a.edit)}};
  };
  j = {{"customers", area(p.customers)},
       {"sales", area(p.sales)},
       {"projects", area(p.projects)},
       {"financials", area(p.financials)},
       {"settings", {{"manage", p.settings_manage}}},
       {"deleteCustomers", p.delete_customers}};
}
}  // namespace clientele::auth

namespace clientele {
void to_json(nlohmann::json& j, const UserRef& ref) { j = {{"id", ref.id.value}, {"name", ref.name}}; }
}  // namespace clientele

namespace clientele::users {

void to_json(nlohmann::json& j, const Organization& org) { j = {{"id", org.id.value}, {"name", org.name}}; }

void to_json(nlohmann::json& j, const Role& role) {
  j = {{"id", role.id.value},
       {"name", role.name},
       {"builtin", role.builtin.has_value()},
       {"permissions", role.permissions}};
}

void to_json(nlohmann::json& j, const User& user) {
  j = {{"id", user.id.value},          {"email", user.email},          {"name", user.name},
       {"roleId", user.role_id.value}, {"roleName", user.role_name},   {"isActive", user.is_active},
       {"createdAt", user.created_at}, {"updatedAt", user.updated_at}, {"version", user.version}};
  // Only for those who see labor costs (the service leaves it out for the others).
  if (user.hourly_cost) j["hourlyCost"] = {{"amount", *user.hourly_cost}, {"currency", user.cost_currency}};
}

Result<NewUser> ParseNewUser(const nlohmann::json& body) {
  json::ObjectReader r(body);
  auto email = r.String("email");
  auto name = r.String("name");
  auto role = r.Int("roleId");
  auto password = r.String("password");
  CLIENTELE_CHECK(r.Finish());
  std::vector<FieldError> missing;
  if (!email.value) missing.push_back({"email", "is required"});
  if (!name.value) missing.push_back({"name", "is required"});
  if (!role.value) missing.push_back({"roleId", "is required"});
  if (!password.value) missing.push_back({"password", "is required"});
  if (!missing.empty()) return Error::Validation(std::move(missing));
  return NewUser{*email.value, *name.value, RoleId(*role.value), *password.value};
}

Result<UserPatch> ParseUserPatch(const nlohmann::json& body) {
  json::ObjectReader r(body);
  auto version = r.Int("version");
  auto name = r.String("name");
  auto role = r.Int("roleId");
  auto active = r.Bool("isActive");
  auto cost = r.Object("hourlyCost");
  CLIENTELE_CHECK(r.Finish());
  std::vector<FieldError> nulls;
  if (name.present && !name.value) nulls.push_back({"name", "must not be null"});
  if (role.present && !role.value) nulls.push_back({"roleId", "must not be null"});
  if (active.present && !active.value) nulls.push_back({"isActive", "must not be null"});
  const bool cost_shape = !cost.value || cost.value->size() != 2 ||
                          !(*cost.value)["amount"].is_number_integer() ||
                          !(*cost.value)["currency"].is_string();
  if (cost.present && cost_shape)
    nulls.push_back({"hourlyCost", "must be {\"amount\": integer minor units, \"currency\": \"EUR\"}"});
  if (!nulls.empty()) return Error::Validation(std::move(nulls));
  UserPatch patch;
  patch.version = version.value;
  patch.name = name.value;
  if (role.value) patch.role_id = RoleId(*role.value);
  patch.is_active = active.value;
  if (cost.value) {
    patch.hourly_cost = (*cost.value)["amount"].get<std::int64_t>();
    patch.hourly_cost_currency = (*cost.value)["currency"].get<std::string>();
  }
  return patch;
}

}  // namespace clientele::users
