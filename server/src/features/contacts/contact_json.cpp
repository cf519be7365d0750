#include "features/contacts/contact_json.hpp"

#include "features/contacts/contact_validation.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::contacts {

using nlohmann::json;

namespace {

using clientele::json::OrNull;

template <class T>
json IdOrNull(const std::optional<T>& id) {
  return id ? json(id->value) : json(nullptr);
}

}  // namespace

void to_json(json& j, const Contact& c) {
  json keyword_ids = json::array();
  for (auto id : c.values.keywords) keyword_ids.push_back(id.value);
  json keywords = json::array();
  for (const auto& k : c.keywords) keywords.push_back({{"id", k.id}, {"name", k.name}});
  j = {{"id", c.id.value},
       {"customerId", c.customer.value},
       {"name", DisplayName(c.values)},
       {"firstName", OrNull(c.values.first_name)},
       {"lastName", OrNull(c.values.last_name)},
       {"title", OrNull(c.values.title)},
       {"email", OrNull(c.values.email)},
       {"mobilePhone", OrNull(c.values.mobile_phone)},
       {"workPhone", OrNull(c.values.work_phone)},
       {"roleId", IdOrNull(c.values.role)},
       {"roleName", OrNull(c.role_name)},
       {"keywordIds", keyword_ids},
       {"keywords", keywords},
       {"addressId", IdOrNull(c.values.address)},
       {"language", OrNull(c.values.language)},
       {"notes", OrNull(c.values.notes)},
       {"isActive", c.is_active},
       {"createdAt", c.created_at},
       {"createdBy", c.created_by},
       {"updatedAt", c.updated_at},
       {"updatedBy", c.updated_by},
       {"version", c.version}};
}

void to_json(json& j, const MailingEntry& e) {
  to_json(j, e.contact);
  j["customerName"] = e.customer_name;
}

void to_json(json& j, const PicklistItem& item) {
  j = {{"id", item.id},
       {"name", item.name},
       {"isActive", item.is_active},
       {"usageCount", item.usage_count},
       {"createdAt", item.created_at},
       {"createdBy", item.created_by},
       {"updatedAt", item.updated_at},
       {"updatedBy", item.updated_by},
       {"version", item.version}};
}

Result<NewContact> ParseNewContact(const json& body) {
  clientele::json::ObjectReader r(body);
  NewContact c;
  c.first_name = r.String("firstName").value;
  c.last_name = r.String("lastName").value;
  c.title = r.String("title").value;
  c.email = r.String("email").value;
  c.mobile_phone = r.String("mobilePhone").value;
  c.work_phone = r.String("workPhone").value;
  c.role_id = r.Int("roleId").value;
  c.keyword_ids = r.IntList("keywordIds").value;
  c.address_id = r.Int("addressId").value;
  c.language = r.String("language").value;
  c.notes = r.String("notes").value;
  CLIENTELE_CHECK(r.Finish());
  return c;
}

Result<ContactPatch> ParseContactPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  ContactPatch p;
  p.version = r.Int("version").value;
  p.first_name = r.String("firstName");
  p.last_name = r.String("lastName");
  p.title = r.String("title");
  p.email = r.String("email");
  p.mobile_phone = r.String("mobilePhone");
  p.work_phone = r.String("workPhone");
  p.role_id = r.Int("roleId");
  p.keyword_ids = r.IntList("keywordIds");
  p.address_id = r.Int("addressId");
  p.language = r.String("language");
  p.notes = r.String("notes");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<PicklistPatch> ParsePicklistPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  PicklistPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.is_active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::contacts
