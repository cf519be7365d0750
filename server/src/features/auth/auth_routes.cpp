#include "features/auth/auth_routes.hpp"

#include "features/users/user_json.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::auth {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Response;
using nlohmann::json;

namespace {

std::string SessionCookie(const std::string& value, bool secure, bool expire) {
  std::string cookie = std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

/// The signed-in user as the web app needs it at start: user, organization, role, rights, CSRF token.
Result<json> Me(users::UserService& users, const Principal& p) {
  auto user = users.FindUser(p.org, p.user);
  if (!user) return Error::Unauthenticated("Sign in to continue");
  auto org = users.FindOrganization(p.org);
  auto role = users.FindRole(p.org, p.role);
  json org_json = {{"id", p.org.value}, {"name", org ? org->name : ""}};
  std::string role_name = role ? role->name : "";
  return json{{"user", {{"id", user->id.value}, {"name", user->name}, {"email", user->email}}},
              {"org", org_json},
              {"role", {{"id", p.role.value}, {"name", role_name}}},
              {"permissions", p.permissions},
              {"csrfToken", p.method == AuthMethod::kSession ? json(p.csrf_token) : json(nullptr)}};
}

Response Login(AuthService& auth, users::UserService& users, const RequestContext& ctx) {
  auto body = clientele::json::ParseObject(ctx.request.body);
  if (!body.ok()) return http::ErrorResponse(body.error());
  clientele::json::ObjectReader reader(body.value());
  auto email = reader.String("email");
  auto password = reader.String("password");
  if (auto s = reader.Finish(); !s.ok()) return http::ErrorResponse(s.error());
  std::vector<FieldError> missing;
  if (!email.value || email.value->empty()) missing.push_back({"email", "is required"});
  if (!password.value || password.value->empty()) missing.push_back({"password", "is required"});
  if (!missing.empty()) return http::ErrorResponse(Error::Validation(std::move(missing)));
  auto signed_in = auth.Login(*email.value, *password.value);
  if (!signed_in.ok()) return http::ErrorResponse(signed_in.error());
  auto me = Me(users, signed_in->principal);
  if (!me.ok()) return http::ErrorResponse(me.error());
  Response r = Response::Json(200, http::Dump(me.value()));
  r.headers.Add("Set-Cookie", SessionCookie(signed_in->session_token, ctx.request.secure, false));
  r.headers.Set("Cache-Control", "no-store");
  return r;
}

Response Logout(AuthService& auth, const RequestContext& ctx) {
  auto done = auth.Logout(ctx.caller());
  if (!done.ok()) return http::ErrorResponse(done.error());
  Response r = Response::NoContent();
  r.headers.Add("Set-Cookie", SessionCookie("", ctx.request.secure, true));
  return r;
}

Response CreateToken(AuthService& auth, const RequestContext& ctx) {
  auto body = clientele::json::ParseObject(ctx.request.body);
  if (!body.ok()) return http::ErrorResponse(body.error());
  clientele::json::ObjectReader reader(body.value());
  auto name = reader.String("name");
  if (auto s = reader.Finish(); !s.ok()) return http::ErrorResponse(s.error());
  auto created = auth.CreateToken(ctx.caller(), name.value.value_or(""));
  if (!created.ok()) return http::ErrorResponse(created.error());
  return http::JsonResponse(201, json{{"id", created->token.id.value},
                                      {"name", created->token.name},
                                      {"createdAt", created->token.created_at},
                                      {"token", created->secret}});
}

json TokenJson(const ApiToken& t) {
  return {{"id", t.id.value},
          {"name", t.name},
          {"createdAt", t.created_at},
          {"lastUsedAt", t.last_used_at ? json(*t.last_used_at) : json(nullptr)}};
}

}  // namespace

void AddAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users) {
  router.Add(Method::kPost, "/api/v1/auth/login", Access::kPublic,
             {"Sign in with e-mail and password; sets the session cookie", "auth", {400, 401, 422, 429}},
             [&auth, &users](RequestContext& ctx) { return Login(auth, users, ctx); });
  router.Add(Method::kPost, "/api/v1/auth/logout", Access::kSignedIn, {"Sign out", "auth", {403}, 204},
             [&auth](RequestContext& ctx) { return Logout(auth, ctx); });
  router.Add(Method::kGet, "/api/v1/me", Access::kSignedIn,
             {"The signed-in user, organization, role, permissions and CSRF token", "auth", {}},
             [&users](RequestContext& ctx) {
               auto me = Me(users, ctx.caller());
               if (!me.ok()) return http::ErrorResponse(me.error());
               Response r = Response::Json(200, http::Dump(me.value()));
               r.headers.Set("Cache-Control", "no-store");
               return r;
             });
  router.Add(Method::kGet, "/api/v1/tokens", Access::kSignedIn, {"List your personal API tokens", "auth", {}},
             [&auth](RequestContext& ctx) {
               auto tokens = auth.ListTokens(ctx.caller());
               if (!tokens.ok()) return http::ErrorResponse(tokens.error());
               json items = json::array();
               for (const auto& t : tokens.value()) items.push_back(TokenJson(t));
               return http::JsonResponse(200, json{{"items", items}});
             });
  router.Add(Method::kPost, "/api/v1/tokens", Access::kSignedIn,
             {"Create a personal API token (shown once)", "auth", {400, 403, 422}, 201},
             [&auth](RequestContext& ctx) { return CreateToken(auth, ctx); });
  router.Add(Method::kDelete, "/api/v1/tokens/{id}", Access::kSignedIn,
             {"Revoke a personal API token", "auth", {403, 404}, 204}, [&auth](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return http::Respond(auth.RevokeToken(ctx.caller(), TokenId(id.value())));
             });
}

}  // namespace clientele::auth
