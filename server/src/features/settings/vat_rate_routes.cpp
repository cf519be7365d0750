#include "features/settings/vat_rate_routes.hpp"

#include "features/settings/vat_rate_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::settings {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// The whole list as {items}: an organization has at most kMaxVatRates.
struct RateList {
  std::vector<VatRate> items;
};
void to_json(nlohmann::json& j, const RateList& list) { j = {{"items", list.items}}; }

Result<RateList> ListRates(VatRateService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  CLIENTELE_TRY(items, service.List(ctx.caller()));
  return RateList{std::move(items)};
}

Result<VatRate> CreateRate(VatRateService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewVatRate(body));
  return service.Create(ctx.caller(), input);
}

Result<VatRate> UpdateRate(VatRateService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseVatRatePatch(body));
  return service.Update(ctx.caller(), VatRateId(id), patch);
}

}  // namespace

void AddVatRateRoutes(http::Router& router, VatRateService& service) {
  router.Add(
      Method::kGet, "/api/v1/settings/vat-rates", Access::kSignedIn,
      {"The organization's VAT rates (percent as a decimal string, EN 16931 category) with usage counts",
       "settings",
       {422}},
      [&service](RequestContext& ctx) { return Respond(ListRates(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/settings/vat-rates", Access::kSignedIn,
             {"Add a VAT rate (settings right)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateRate(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/settings/vat-rates/{id}", Access::kSignedIn,
             {"Change a VAT rate's name, percent (409 while fees use it), category or active flag (settings "
              "right; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateRate(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/settings/vat-rates/{id}", Access::kSignedIn,
             {"Delete an unused VAT rate (settings right; 409 while fees or costs use it)",
              "settings",
              {403, 404, 409},
              204},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Delete(ctx.caller(), VatRateId(id.value())));
             });
}

}  // namespace clientele::settings
