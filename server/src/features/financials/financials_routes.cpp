#include "features/financials/financials_routes.hpp"

#include "features/financials/financials_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"

namespace clientele::financials {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<ProjectFinancials> Get(FinancialsService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"from", "to"}));
  auto from = ctx.Query("from");
  auto to = ctx.Query("to");
  if (from && !ParseMonth(*from)) return Error::Validation("from", "must be a month YYYY-MM");
  if (to && !ParseMonth(*to)) return Error::Validation("to", "must be a month YYYY-MM");
  return service.ForProject(ctx.caller(), ProjectId(id), from, to);
}

}  // namespace

void AddFinancialsRoutes(http::Router& router, FinancialsService& service) {
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/financials", Access::kSignedIn,
      {"A project's month table (from, to: YYYY-MM; default six months back to twelve ahead): revenue, "
       "costs, margin and hours, actual beside forecast, and totals (financials view)",
       "financials",
       {403, 404, 422}},
      [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
}

}  // namespace clientele::financials
