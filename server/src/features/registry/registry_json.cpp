#include "features/registry/registry_json.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "platform/json/json_body.hpp"

namespace clientele::registry {

using nlohmann::json;

namespace {

constexpr std::array<std::pair<const char*, RegistryField>, 5> kFieldNames = {{
    {"name", RegistryField::kName},
    {"visitingAddress", RegistryField::kVisitingAddress},
    {"postalAddress", RegistryField::kPostalAddress},
    {"email", RegistryField::kEmail},
    {"website", RegistryField::kWebsite},
}};

using clientele::json::OrNull;

template <class T>
json FieldJson(const FieldComparison<T>& f) {
  return {{"current", OrNull(f.current)},
          {"registry", OrNull(f.registry)},
          {"differs", f.differs},
          {"available", f.available}};
}

json SourceJson(const RegistryCompany& c) {
  const auto source = SourceOf(c.registry);
  return {{"registry", source.registry}, {"licence", source.licence}, {"url", c.url}};
}

}  // namespace

void to_json(json& j, const RegistryAddress& a) {
  j = {{"street", a.street}, {"postalCode", a.postal_code}, {"city", a.city}, {"country", a.country}};
}

void to_json(json& j, const RegistryComparison& c) {
  j = {{"source", SourceJson(c.company)},
       {"businessId", c.company.business_id},
       {"status", StatusName(c.company.status)},
       {"deletedOn", OrNull(c.company.deleted_on)},
       {"withdrawn", c.company.withdrawn},
       {"parallelNames", c.company.parallel_names},
       {"canUpdate", c.can_update},
       {"addressesSupported", c.addresses_supported},
       {"fields",
        {{"name", FieldJson(c.name)},
         {"visitingAddress", FieldJson(c.visiting_address)},
         {"postalAddress", FieldJson(c.postal_address)},
         {"email", FieldJson(c.email)},
         {"website", FieldJson(c.website)}}}};
}

void to_json(json& j, const RegistryCompany& c) {
  j = {{"source", SourceJson(c)},
       {"country", CountryOf(c.registry)},
       {"businessId", c.business_id},
       {"vatNumber", VatNumberOf(c.registry, c.business_id)},
       {"status", StatusName(c.status)},
       {"deletedOn", OrNull(c.deleted_on)},
       {"withdrawn", c.withdrawn},
       {"name", OrNull(c.name)},
       {"parallelNames", c.parallel_names},
       {"visitingAddress", OrNull(c.visiting_address)},
       {"postalAddress", OrNull(c.postal_address)},
       {"email", OrNull(c.email)},
       {"website", OrNull(c.website)}};
}

Result<RegistryUpdate> ParseRegistryUpdate(const json& body) {
  clientele::json::ObjectReader r(body);
  RegistryUpdate update;
  update.version = r.Int("version").value;
  auto names = r.StringList("fields");
  CLIENTELE_CHECK(r.Finish());
  std::vector<FieldError> errors;
  for (const auto& name : names.value.value_or(std::vector<std::string>{})) {
    auto it =
        std::find_if(kFieldNames.begin(), kFieldNames.end(), [&](const auto& f) { return name == f.first; });
    if (it == kFieldNames.end()) {
      errors.push_back({"fields", "'" + name +
                                      "' is not a registry field; choose from name, visitingAddress, "
                                      "postalAddress, email and website"});
    } else {
      update.fields.push_back(it->second);
    }
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return update;
}

}  // namespace clientele::registry
