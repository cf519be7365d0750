#include "features/settings/vat_rate_json.hpp"

#include "platform/json/json_body.hpp"
#include "platform/validation/percent.hpp"

namespace clientele::settings {

void to_json(nlohmann::json& j, const VatRate& r) {
  j = {{"id", r.id.value},
       {"name", r.name},
       {"percent", validation::FormatPercent(r.percent)},
       {"category", VatCategoryCode(r.category)},
       {"isActive", r.active},
       {"usageCount", r.usage_count},
       {"version", r.version}};
}

Result<NewVatRate> ParseNewVatRate(const nlohmann::json& body) {
  json::ObjectReader r(body);
  NewVatRate v;
  v.name = r.String("name").value;
  v.percent = r.String("percent").value;
  v.category = r.String("category").value;
  v.active = r.Bool("isActive").value;
  CLIENTELE_CHECK(r.Finish());
  return v;
}

Result<VatRatePatch> ParseVatRatePatch(const nlohmann::json& body) {
  json::ObjectReader r(body);
  VatRatePatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.percent = r.String("percent");
  p.category = r.String("category");
  p.active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::settings
