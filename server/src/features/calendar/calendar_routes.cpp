#include "features/calendar/calendar_routes.hpp"

#include "platform/http/respond.hpp"

namespace clientele::calendar {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// The feed state as the API shows it: {active, createdAt?, url?}.
struct FeedAnswer {
  FeedState state;
  std::string origin;
};

void to_json(nlohmann::json& j, const FeedAnswer& a) {
  j = {{"active", a.state.active}};
  if (a.state.created_at) j["createdAt"] = *a.state.created_at;
  if (a.state.secret) j["url"] = a.origin + "/calendar/" + *a.state.secret + ".ics";
}

/// Where feed URLs point. The secret in a feed URL is its only credential: a URL built from a forged Host
/// header would hand it to another site.
struct FeedOrigin {
  std::optional<std::string> public_url;
  std::function<std::string()> listening_origin;

  std::string operator()() const {
    std::string url = public_url         ? *public_url
                      : listening_origin ? listening_origin()
                                         : std::string(kDefaultOrigin);
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
  }
  /// `clientele serve`'s default --listen, for a service wired without either.
  static constexpr const char* kDefaultOrigin = "http://127.0.0.1:8080";
};

http::Response Feed(CalendarService& service, const RequestContext& ctx) {
  const std::string& file = ctx.path_params.at("token");
  auto body = service.Render(file);
  if (!body.ok()) return http::ErrorResponse(body.error());
  http::Response r;
  r.status = 200;
  r.headers.Set("Content-Type", "text/calendar; charset=utf-8");
  r.body = std::move(body).value();
  return r;
}

}  // namespace

void AddCalendarRoutes(http::Router& router, CalendarService& service, std::optional<std::string> public_url,
                       std::function<std::string()> listening_origin) {
  const FeedOrigin origin{std::move(public_url), std::move(listening_origin)};
  router.Add(Method::kGet, "/api/v1/me/calendar-feed", Access::kSignedIn,
             {"Whether the caller has a calendar feed, and since when", "calendar", {}},
             [&service](RequestContext& ctx) {
               auto state = service.Get(ctx.caller());
               if (!state.ok()) return http::ErrorResponse(state.error());
               return http::JsonResponse(200, FeedAnswer{state.value(), ""});
             });
  router.Add(Method::kPost, "/api/v1/me/calendar-feed", Access::kSignedIn,
             {"Make a new calendar feed URL (shown only in this answer); revokes any earlier one",
              "calendar",
              {},
              201},
             [&service, origin](RequestContext& ctx) {
               auto state = service.Create(ctx.caller());
               if (!state.ok()) return http::ErrorResponse(state.error());
               return http::JsonResponse(201, FeedAnswer{state.value(), origin()});
             });
  router.Add(Method::kDelete, "/api/v1/me/calendar-feed", Access::kSignedIn,
             {"Revoke the caller's calendar feed (its URL answers 404 afterwards)", "calendar", {}, 204},
             [&service](RequestContext& ctx) { return Respond(service.Revoke(ctx.caller())); });
  router.Add(Method::kGet, "/calendar/{token}.ics", Access::kPublic,
             {"A user's activities as an iCalendar feed (text/calendar); the secret in the URL is the "
              "credential",
              "calendar",
              {404},
              200,
              {"token"}},
             [&service](RequestContext& ctx) { return Feed(service, ctx); });
}

}  // namespace clientele::calendar
