#include "features/users/user_routes.hpp"

#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::users {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<Page<User>> ListUsers(UserService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"q", "active", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(active, http::ReadOptionalChoice(ctx, "active", {"true", "false", "all"}));
  UserFilter filter;
  if (auto q = ctx.Query("q"); q && !q->empty()) filter.q = *q;
  const std::string a = active.value_or("true");
  if (a != "all") filter.active = a == "true";
  return service.ListUsers(ctx.caller(), filter, page);
}

Result<User> CreateUser(UserService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(user, ParseNewUser(body));
  return service.CreateUser(ctx.caller(), std::move(user));
}

Result<User> UpdateUser(UserService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseUserPatch(body));
  return service.UpdateUser(ctx.caller(), UserId(id), patch);
}

}  // namespace

void AddUserRoutes(http::Router& router, UserService& service) {
  router.Add(Method::kGet, "/api/v1/users", Access::kSignedIn,
             {"List the organization's users (for owner pickers)", "users", {422}},
             [&service](RequestContext& ctx) { return Respond(ListUsers(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/users", Access::kSignedIn,
             {"Create a user (settings manage)", "users", {400, 403, 409, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateUser(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/users/{id}", Access::kSignedIn,
             {"Rename, change the role of, or deactivate a user (settings manage)",
              "users",
              {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateUser(service, ctx)); });
  router.Add(Method::kGet, "/api/v1/roles", Access::kSignedIn, {"List the organization's roles", "users", {}},
             [&service](RequestContext& ctx) {
               auto roles = service.ListRoles(ctx.caller());
               if (!roles.ok()) return http::ErrorResponse(roles.error());
               return http::JsonResponse(200, nlohmann::json{{"items", roles.value()}});
             });
}

}  // namespace clientele::users
