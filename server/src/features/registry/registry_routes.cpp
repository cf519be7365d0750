#include "features/registry/registry_routes.hpp"

#include "features/customers/customer_json.hpp"
#include "features/registry/registry_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::registry {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// `?lang=fi|sv|en` (default fi): the language of Finnish post office names and PO box lines.
Result<Language> ReadLanguage(const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"lang"}));
  CLIENTELE_TRY(lang, http::ReadOptionalChoice(ctx, "lang", {"fi", "sv", "en"}));
  return *ParseLanguage(lang.value_or("fi"));
}

Result<RegistryComparison> Lookup(RegistryService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(language, ReadLanguage(ctx));
  return service.Lookup(ctx.caller(), CustomerId(id), language);
}

Result<customers::Customer> Update(RegistryService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(language, ReadLanguage(ctx));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(update, ParseRegistryUpdate(body));
  update.language = language;
  return service.Update(ctx.caller(), CustomerId(id), update);
}

Result<RegistryCompany> Company(RegistryService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(language, ReadLanguage(ctx));
  return service.Company(ctx.caller(), ctx.path_params.at("country"), ctx.path_params.at("businessId"),
                         language);
}

}  // namespace

void AddRegistryRoutes(http::Router& router, RegistryService& service) {
  router.Add(Method::kGet, "/api/v1/customers/{id}/registry-lookup", Access::kSignedIn,
             {"The public registry's values (FI PRH, NO Brønnøysund) next to the customer's",
              "registry",
              {403, 404, 422, 502, 503}},
             [&service](RequestContext& ctx) { return Respond(Lookup(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/registry-update", Access::kSignedIn,
             {"Take the chosen fields from the public registry (send the version you read)",
              "registry",
              {400, 403, 404, 409, 413, 422, 502, 503}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kGet, "/api/v1/registry/companies/{country}/{businessId}", Access::kSignedIn,
             {"A company from the public registry of FI or NO, to create a customer from",
              "registry",
              {403, 404, 422, 502, 503},
              200,
              {"country", "businessId"}},
             [&service](RequestContext& ctx) { return Respond(Company(service, ctx)); });
}

}  // namespace clientele::registry
