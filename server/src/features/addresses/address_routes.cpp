#include "features/addresses/address_routes.hpp"

#include "features/addresses/address_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::addresses {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// The list as {items}: a customer's addresses are few (at most kMaxAddressesPerCustomer), so no paging.
struct AddressList {
  std::vector<Address> items;
};
void to_json(nlohmann::json& j, const AddressList& list) { j = {{"items", list.items}}; }

Result<AddressList> List(AddressService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  CLIENTELE_TRY(items, service.List(ctx.caller(), CustomerId(id)));
  return AddressList{std::move(items)};
}

Result<Address> Create(AddressService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewAddress(body));
  return service.Create(ctx.caller(), CustomerId(id), input);
}

Result<Address> Update(AddressService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseAddressPatch(body));
  return service.Update(ctx.caller(), AddressId(id), patch);
}

Result<Address> MakeHeadquarters(AddressService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body.empty() ? "{}" : ctx.request.body));
  json::ObjectReader reader(body);
  auto version = reader.Int("version");
  CLIENTELE_CHECK(reader.Finish());
  return service.MakeHeadquarters(ctx.caller(), AddressId(id), version.value);
}

Status Delete(AddressService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), AddressId(id));
}

}  // namespace

void AddAddressRoutes(http::Router& router, AddressService& service) {
  router.Add(Method::kGet, "/api/v1/customers/{id}/addresses", Access::kSignedIn,
             {"A customer's addresses, the headquarters first", "addresses", {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/addresses", Access::kSignedIn,
             {"Add an address (a customer's first address becomes its headquarters)",
              "addresses",
              {400, 403, 404, 409, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/addresses/{id}", Access::kSignedIn,
             {"Change an address (send the version you read)", "addresses", {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/addresses/{id}", Access::kSignedIn,
             {"Delete an address (the headquarters only when it is the last one); contacts using it lose it",
              "addresses",
              {403, 404, 409},
              204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/addresses/{id}/make-headquarters", Access::kSignedIn,
             {"Make this address the customer's headquarters", "addresses", {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(MakeHeadquarters(service, ctx)); });
}

}  // namespace clientele::addresses
