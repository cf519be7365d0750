#include "features/addresses/address_json.hpp"

#include "features/addresses/address_validation.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::addresses {

using nlohmann::json;

namespace {

using clientele::json::OrNull;

}  // namespace

void to_json(json& j, const Address& a) {
  json uses = json::array();
  for (auto use : a.values.uses) uses.push_back(UseName(use));
  j = {{"id", a.id.value},
       {"customerId", a.customer.value},
       {"street", a.values.street},
       {"postalCode", OrNull(a.values.postal_code)},
       {"city", OrNull(a.values.city)},
       {"region", OrNull(a.values.region)},
       {"country", OrNull(a.values.country)},
       {"phone", OrNull(a.values.phone)},
       {"uses", uses},
       {"isHeadquarters", a.is_headquarters},
       {"createdAt", a.created_at},
       {"createdBy", a.created_by},
       {"updatedAt", a.updated_at},
       {"updatedBy", a.updated_by},
       {"version", a.version}};
}

Result<NewAddress> ParseNewAddress(const json& body) {
  clientele::json::ObjectReader r(body);
  NewAddress a;
  a.street = r.StringList("street").value;
  a.postal_code = r.String("postalCode").value;
  a.city = r.String("city").value;
  a.region = r.String("region").value;
  a.country = r.String("country").value;
  a.phone = r.String("phone").value;
  a.uses = r.StringList("uses").value;
  a.is_headquarters = r.Bool("isHeadquarters").value;
  CLIENTELE_CHECK(r.Finish());
  return a;
}

Result<AddressPatch> ParseAddressPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  AddressPatch p;
  p.version = r.Int("version").value;
  p.street = r.StringList("street");
  p.postal_code = r.String("postalCode");
  p.city = r.String("city");
  p.region = r.String("region");
  p.country = r.String("country");
  p.phone = r.String("phone");
  p.uses = r.StringList("uses");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::addresses
