#include "features/contacts/contact_routes.hpp"

#include "features/contacts/contact_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::contacts {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<Page<Contact>> List(ContactService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"q", "inactive", "sort", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(inactive, http::ReadOptionalChoice(ctx, "inactive", {"exclude", "include", "only"}));
  CLIENTELE_TRY(sort, http::ReadOptionalChoice(ctx, "sort", {"name", "-name", "lastName", "-lastName"}));
  ContactQuery query;
  query.q = ctx.Query("q");
  const std::string i = inactive.value_or("exclude");
  query.inactive = i == "include" ? InactiveFilter::kInclude
                   : i == "only"  ? InactiveFilter::kOnly
                                  : InactiveFilter::kExclude;
  const std::string s = sort.value_or("name");
  query.sort = s == "-name"       ? ContactSort::kNameDesc
               : s == "lastName"  ? ContactSort::kLastNameAsc
               : s == "-lastName" ? ContactSort::kLastNameDesc
                                  : ContactSort::kNameAsc;
  return service.List(ctx.caller(), CustomerId(id), query, page);
}

Result<Contact> Create(ContactService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewContact(body));
  return service.Create(ctx.caller(), CustomerId(id), input);
}

Result<Contact> Get(ContactService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Get(ctx.caller(), ContactId(id));
}

Result<Contact> Update(ContactService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseContactPatch(body));
  return service.Update(ctx.caller(), ContactId(id), patch);
}

Result<Contact> SetActive(ContactService& service, const RequestContext& ctx, bool active) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body.empty() ? "{}" : ctx.request.body));
  json::ObjectReader reader(body);
  auto version = reader.Int("version");
  CLIENTELE_CHECK(reader.Finish());
  return service.SetActive(ctx.caller(), ContactId(id), version.value, active);
}

Status Delete(ContactService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), ContactId(id));
}

}  // namespace

void AddContactRoutes(http::Router& router, ContactService& service) {
  router.Add(Method::kGet, "/api/v1/customers/{id}/contacts", Access::kSignedIn,
             {"A customer's contacts: search, filter by active state, keyset pagination",
              "contacts",
              {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/contacts", Access::kSignedIn,
             {"Add a contact to a customer", "contacts", {400, 403, 404, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/contacts/{id}", Access::kSignedIn,
             {"Get a contact", "contacts", {403, 404}},
             [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(Method::kPatch, "/api/v1/contacts/{id}", Access::kSignedIn,
             {"Change a contact (send the version you read)", "contacts", {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(
      Method::kPost, "/api/v1/contacts/{id}/inactivate", Access::kSignedIn,
      {"Inactivate a contact (kept, hidden from default lists)", "contacts", {400, 403, 404, 409, 422}},
      [&service](RequestContext& ctx) { return Respond(SetActive(service, ctx, false)); });
  router.Add(Method::kPost, "/api/v1/contacts/{id}/reactivate", Access::kSignedIn,
             {"Reactivate a contact", "contacts", {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(SetActive(service, ctx, true)); });
  router.Add(Method::kDelete, "/api/v1/contacts/{id}", Access::kSignedIn,
             {"Delete a contact", "contacts", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
}

}  // namespace clientele::contacts
