#include "features/auth/auth_routes.hpp"

#include <algorithm>
#include <cctype>

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

/// scheme://host[:port] of a URL, lower-cased (scheme and host are case-insensitive; a path is not part of
/// it).
std::string OriginOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  const auto path = scheme_end == std::string_view::npos ? url.find('/') : url.find('/', scheme_end + 3);
  std::string origin(url.substr(0, path));
  std::transform(origin.begin(), origin.end(), origin.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return origin;
}

/// Whether a browser's Origin header names this server: its public URL when configured, else the Host the
/// request was sent to. A page of another site must not sign its visitor in (login CSRF); scripts send no
/// Origin and pass.
bool FromOwnOrigin(const RequestContext& ctx, const std::optional<std::string>& public_url) {
  auto origin = ctx.request.headers.Get("Origin");
  if (!origin) return true;
  std::string own;
  if (public_url) {
    own = OriginOf(*public_url);
  } else {
    auto host = ctx.request.headers.Get("Host");
    if (!host) return false;
    own = OriginOf((ctx.request.secure ? "https://" : "http://") + std::string(*host));
  }
  return OriginOf(*origin) == own;
}

/// The optional `organization` of the sign-in body: an id (number) or a name (string).
OrganizationRef ReadOrganization(clientele::json::ObjectReader& reader, const json& body) {
  OrganizationRef ref;
  auto it = body.find("organization");
  if (it == body.end() || it->is_null()) return ref;
  if (it->is_string()) {
    ref.name = reader.String("organization").value;
  } else if (auto id = reader.Int("organization").value) {
    ref.id = OrgId(*id);
  }
  return ref;
}

/// The sign-in's error; a 409 lists the organizations to choose from.
Response LoginError(const Error& error) {
  const auto* choices = std::any_cast<OrganizationChoices>(&error.current);
  if (!choices) return http::ErrorResponse(error);
  json organizations = json::array();
  for (const auto& org : choices->organizations)
    organizations.push_back({{"id", org.id.value}, {"name", org.name}});
  const json current = {{"organizations", organizations}};
  return http::ErrorResponse(error, &current);
}

Response Login(AuthService& auth, users::UserService& users, const RequestContext& ctx,
               const std::optional<std::string>& public_url) {
  if (!FromOwnOrigin(ctx, public_url))
    return http::ErrorResponse(Error::Forbidden("Sign in from this server's own pages"));
  auto body = clientele::json::ParseObject(ctx.request.body);
  if (!body.ok()) return http::ErrorResponse(body.error());
  clientele::json::ObjectReader reader(body.value());
  auto email = reader.String("email");
  auto password = reader.String("password");
  const OrganizationRef organization = ReadOrganization(reader, body.value());
  if (auto s = reader.Finish(); !s.ok()) return http::ErrorResponse(s.error());
  std::vector<FieldError> missing;
  if (!email.value || email.value->empty()) missing.push_back({"email", "is required"});
  if (!password.value || password.value->empty()) missing.push_back({"password", "is required"});
  if (!missing.empty()) return http::ErrorResponse(Error::Validation(std::move(missing)));
  auto signed_in = auth.Login(*email.value, *password.value, organization);
  if (!signed_in.ok()) return LoginError(signed_in.error());
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

void AddAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users,
                   std::optional<std::string> public_url) {
  router.Add(
      Method::kPost, "/api/v1/auth/login", Access::kPublic,
      {"Sign in with e-mail, password and, when the address has accounts in several organizations, "
       "the organization; sets the session cookie",
       "auth",
       {400, 401, 403, 409, 422, 429}},
      [&auth, &users, public_url](RequestContext& ctx) { return Login(auth, users, ctx, public_url); });
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
