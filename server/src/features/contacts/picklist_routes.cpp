#include "features/contacts/contact_json.hpp"
#include "features/contacts/contact_routes.hpp"
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

/// A whole list as {items}: an organization has at most kMaxPicklistItems of each.
struct PicklistList {
  std::vector<PicklistItem> items;
};
void to_json(nlohmann::json& j, const PicklistList& list) { j = {{"items", list.items}}; }

Result<PicklistList> List(PicklistService& service, PicklistKind kind, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"includeDisabled"}));
  CLIENTELE_TRY(include, http::ReadOptionalChoice(ctx, "includeDisabled", {"true", "false"}));
  CLIENTELE_TRY(items, service.List(ctx.caller(), kind, include.value_or("false") == "true"));
  return PicklistList{std::move(items)};
}

Result<PicklistItem> Create(PicklistService& service, PicklistKind kind, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  json::ObjectReader reader(body);
  auto name = reader.String("name");
  CLIENTELE_CHECK(reader.Finish());
  return service.Create(ctx.caller(), kind, name.value);
}

Result<PicklistItem> Update(PicklistService& service, PicklistKind kind, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParsePicklistPatch(body));
  return service.Update(ctx.caller(), kind, id, patch);
}

Status Delete(PicklistService& service, PicklistKind kind, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"moveTo", "removeFromContacts"}));
  CLIENTELE_TRY(move_to, http::ReadOptionalId(ctx, "moveTo"));
  CLIENTELE_TRY(remove, http::ReadOptionalChoice(ctx, "removeFromContacts", {"true", "false"}));
  PicklistDeletion deletion;
  deletion.move_to = move_to;
  deletion.remove_from_contacts = remove.value_or("false") == "true";
  return service.Delete(ctx.caller(), kind, id, deletion);
}

void AddRoutesFor(http::Router& router, PicklistService& service, PicklistKind kind, const std::string& base,
                  const std::string& noun) {
  router.Add(Method::kGet, base, Access::kSignedIn,
             {"The organization's " + noun + "s with usage counts (anyone signed in)", "settings", {422}},
             [&service, kind](RequestContext& ctx) { return Respond(List(service, kind, ctx)); });
  router.Add(Method::kPost, base, Access::kSignedIn,
             {"Add a " + noun + " (settings manage)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service, kind](RequestContext& ctx) { return Respond(Create(service, kind, ctx), 201); });
  router.Add(Method::kPatch, base + "/{id}", Access::kSignedIn,
             {"Rename, disable or enable a " + noun + " (settings manage; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service, kind](RequestContext& ctx) { return Respond(Update(service, kind, ctx)); });
  router.Add(
      Method::kDelete, base + "/{id}", Access::kSignedIn,
      {"Delete a " + noun + " (settings manage); one in use needs ?moveTo=ID or ?removeFromContacts=true",
       "settings",
       {403, 404, 409, 422},
       204},
      [&service, kind](RequestContext& ctx) { return Respond(Delete(service, kind, ctx)); });
}

}  // namespace

void AddPicklistRoutes(http::Router& router, PicklistService& service) {
  AddRoutesFor(router, service, PicklistKind::kKeyword, "/api/v1/settings/keywords", "keyword");
  AddRoutesFor(router, service, PicklistKind::kContactRole, "/api/v1/settings/contact-roles", "contact role");
}

}  // namespace clientele::contacts
