#include "features/settings/organization_settings_routes.hpp"

#include "features/settings/organization_settings_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::settings {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<OrganizationSettings> Get(OrganizationSettingsService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  return service.Get(ctx.caller());
}

Result<OrganizationSettings> Update(OrganizationSettingsService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseOrganizationSettingsPatch(body));
  return service.Update(ctx.caller(), patch);
}

}  // namespace

void AddOrganizationSettingsRoutes(http::Router& router, OrganizationSettingsService& service) {
  router.Add(Method::kGet, "/api/v1/settings/organization", Access::kSignedIn,
             {"The organization's settings: base currency, time zone", "settings", {422}},
             [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(Method::kPatch, "/api/v1/settings/organization", Access::kSignedIn,
             {"Change the base currency (409 while amounts are held in it) or the time zone (settings right; "
              "send the version you read)",
              "settings",
              {400, 403, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
}

}  // namespace clientele::settings
