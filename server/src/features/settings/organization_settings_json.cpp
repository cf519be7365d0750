#include "features/settings/organization_settings_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::settings {

void to_json(nlohmann::json& j, const OrganizationSettings& s) {
  j = {{"name", s.name},
       {"baseCurrency", s.base_currency},
       {"timeZone", s.time_zone},
       {"updatedAt", json::OrNull(s.updated_at)},
       {"updatedBy", json::OrNull(s.updated_by)},
       {"version", s.version}};
}

Result<OrganizationSettingsPatch> ParseOrganizationSettingsPatch(const nlohmann::json& body) {
  json::ObjectReader r(body);
  OrganizationSettingsPatch patch;
  patch.version = r.Int("version").value;
  patch.base_currency = r.String("baseCurrency");
  patch.time_zone = r.String("timeZone");
  CLIENTELE_CHECK(r.Finish());
  return patch;
}

}  // namespace clientele::settings
