#include "features/customers/customer_routes.hpp"

#include "features/customers/customer_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::customers {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<Page<Customer>> List(CustomerService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"q", "owner", "active", "sort", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(owner, http::ReadOptionalId(ctx, "owner"));
  CLIENTELE_TRY(active, http::ReadOptionalChoice(ctx, "active", {"true", "false", "all"}));
  CLIENTELE_TRY(sort, http::ReadOptionalChoice(ctx, "sort", {"name", "-name", "number", "-number"}));
  CustomerQuery query;
  query.q = ctx.Query("q");
  if (owner) query.owner = UserId(*owner);
  const std::string a = active.value_or("true");
  query.active = a == "all"     ? ActiveFilter::kAll
                 : a == "false" ? ActiveFilter::kInactive
                                : ActiveFilter::kActive;
  const std::string s = sort.value_or("name");
  query.sort = s == "-name"     ? CustomerSort::kNameDesc
               : s == "number"  ? CustomerSort::kNumberAsc
               : s == "-number" ? CustomerSort::kNumberDesc
                                : CustomerSort::kNameAsc;
  return service.List(ctx.caller(), query, page);
}

Result<Customer> Create(CustomerService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewCustomer(body));
  return service.Create(ctx.caller(), input);
}

Result<Customer> Update(CustomerService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseCustomerPatch(body));
  return service.Update(ctx.caller(), CustomerId(id), patch);
}

Result<Customer> SetActive(CustomerService& service, const RequestContext& ctx, bool active) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body.empty() ? "{}" : ctx.request.body));
  json::ObjectReader reader(body);
  auto version = reader.Int("version");
  CLIENTELE_CHECK(reader.Finish());
  return service.SetActive(ctx.caller(), CustomerId(id), version.value, active);
}

}  // namespace

void AddCustomerRoutes(http::Router& router, CustomerService& service) {
  router.Add(Method::kGet, "/api/v1/customers", Access::kSignedIn,
             {"List and search customers (keyset pagination)", "customers", {403, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/customers", Access::kSignedIn,
             {"Create a customer", "customers", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/customers/{id}", Access::kSignedIn,
             {"Get a customer", "customers", {403, 404}}, [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Get(ctx.caller(), CustomerId(id.value())));
             });
  router.Add(Method::kPatch, "/api/v1/customers/{id}", Access::kSignedIn,
             {"Change a customer (send the version you read)", "customers", {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(
      Method::kPost, "/api/v1/customers/{id}/inactivate", Access::kSignedIn,
      {"Inactivate a customer (kept, hidden from default lists)", "customers", {400, 403, 404, 409, 422}},
      [&service](RequestContext& ctx) { return Respond(SetActive(service, ctx, false)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/reactivate", Access::kSignedIn,
             {"Reactivate a customer", "customers", {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(SetActive(service, ctx, true)); });
  router.Add(Method::kDelete, "/api/v1/customers/{id}", Access::kSignedIn,
             {"Delete a customer that has nothing attached (needs the delete right)",
              "customers",
              {403, 404, 409},
              204},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Delete(ctx.caller(), CustomerId(id.value())));
             });
  router.Add(Method::kGet, "/api/v1/customers/{id}/card", Access::kSignedIn,
             {"The customer card header and the actions the caller may take", "customers", {403, 404}},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Card(ctx.caller(), CustomerId(id.value())));
             });
  router.Add(Method::kGet, "/api/v1/customers/{id}/history", Access::kSignedIn,
             {"The customer's change history, newest first", "customers", {403, 404, 422}},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               auto page = http::ReadPage(ctx);
               if (!page.ok()) return http::ErrorResponse(page.error());
               return Respond(service.History(ctx.caller(), CustomerId(id.value()), page.value()));
             });
}

}  // namespace clientele::customers
