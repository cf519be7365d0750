#include "features/financials/forecast_routes.hpp"

#include "features/financials/forecast_json.hpp"
#include "features/financials/months.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::financials {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<std::optional<std::string>> ReadMonth(const RequestContext& ctx, const char* name) {
  auto value = ctx.Query(name);
  if (value && !ParseMonth(*value)) return Error::Validation(name, "must be a month YYYY-MM");
  return value;
}

Result<Forecast> Get(ForecastService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"from", "to"}));
  CLIENTELE_TRY(from, ReadMonth(ctx, "from"));
  CLIENTELE_TRY(to, ReadMonth(ctx, "to"));
  return service.Get(ctx.caller(), ProjectId(id), from, to);
}

Result<Forecast> Put(ForecastService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseForecastInput(body));
  return service.Put(ctx.caller(), ProjectId(id), input);
}

Result<Forecast> Fill(ForecastService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  const std::string_view text = ctx.request.body.empty() ? std::string_view("{}") : ctx.request.body;
  CLIENTELE_TRY(body, json::ParseObject(text));
  CLIENTELE_TRY(request, ParseFillRequest(body));
  return service.FillFromFees(ctx.caller(), ProjectId(id), request);
}

}  // namespace

void AddForecastRoutes(http::Router& router, ForecastService& service) {
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/forecasts", Access::kSignedIn,
      {"A project's monthly forecasts (from, to: YYYY-MM) and their version (0: none yet; financials view)",
       "financials",
       {403, 404, 422}},
      [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(
      Method::kPut, "/api/v1/projects/{id}/forecasts", Access::kSignedIn,
      {"Replace the listed months of a project's forecast (financials edit; send the version you read)",
       "financials",
       {400, 403, 404, 409, 413, 422}},
      [&service](RequestContext& ctx) { return Respond(Put(service, ctx)); });
  router.Add(
      Method::kPost, "/api/v1/projects/{id}/forecasts/fill-from-fees", Access::kSignedIn,
      {"Set this and later months' revenue, billing and other-cost forecasts from the project's fees and "
       "costs (financials edit; 409 listing filled months unless overwrite)",
       "financials",
       {400, 403, 404, 409, 413, 422}},
      [&service](RequestContext& ctx) { return Respond(Fill(service, ctx)); });
}

}  // namespace clientele::financials
