#include "features/customers/customer_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::customers {

using nlohmann::json;

namespace {

using clientele::json::OrNull;

}  // namespace

void to_json(json& j, const Customer& c) {
  j = {{"id", c.id.value},
       {"number", c.values.number},
       {"name", c.values.name},
       {"vatNumber", OrNull(c.values.vat_number)},
       {"country", OrNull(c.values.country)},
       {"accountOwnerId", c.account_owner ? json(c.account_owner->id.value) : json(nullptr)},
       {"accountOwnerName", c.account_owner ? json(c.account_owner->name) : json(nullptr)},
       {"email", OrNull(c.values.email)},
       {"website", OrNull(c.values.website)},
       {"phone", OrNull(c.values.phone)},
       {"industry", OrNull(c.values.industry)},
       {"isActive", c.is_active},
       {"createdAt", c.created_at},
       {"createdBy", c.created_by},
       {"updatedAt", c.updated_at},
       {"updatedBy", c.updated_by},
       {"version", c.version}};
}

void to_json(json& j, const CustomerCard& card) {
  j = {{"customer", card.customer},
       {"actions",
        {{"canEdit", card.actions.can_edit},
         {"canDelete", card.actions.can_delete},
         {"canInactivate", card.actions.can_inactivate},
         {"canReactivate", card.actions.can_reactivate},
         {"canUpdateFromRegistry", card.actions.can_update_from_registry}}}};
}

Result<NewCustomer> ParseNewCustomer(const json& body) {
  clientele::json::ObjectReader r(body);
  NewCustomer c;
  c.number = r.Int("number").value;
  c.name = r.String("name").value;
  c.vat_number = r.String("vatNumber").value;
  c.country = r.String("country").value;
  c.account_owner = r.Int("accountOwnerId").value;
  c.email = r.String("email").value;
  c.website = r.String("website").value;
  c.phone = r.String("phone").value;
  c.industry = r.String("industry").value;
  CLIENTELE_CHECK(r.Finish());
  return c;
}

Result<CustomerPatch> ParseCustomerPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  CustomerPatch p;
  p.version = r.Int("version").value;
  p.number = r.Int("number");
  p.name = r.String("name");
  p.vat_number = r.String("vatNumber");
  p.country = r.String("country");
  p.account_owner = r.Int("accountOwnerId");
  p.email = r.String("email");
  p.website = r.String("website");
  p.phone = r.String("phone");
  p.industry = r.String("industry");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::customers

namespace clientele::audit {
void to_json(nlohmann::json& j, const AuditEntry& e) {
  auto or_null = [](const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  j = {{"id", e.id},
       {"at", e.changed_at},
       {"by", e.changed_by},
       {"field", e.field},
       {"oldValue", or_null(e.old_value)},
       {"newValue", or_null(e.new_value)},
       {"source", e.source}};
}
}  // namespace clientele::audit
