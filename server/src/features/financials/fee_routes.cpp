#include "features/financials/fee_routes.hpp"

#include "features/financials/fee_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"
#include "platform/validation/date.hpp"

namespace clientele::financials {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<std::optional<std::string>> ReadDate(const RequestContext& ctx, const char* name) {
  auto value = ctx.Query(name);
  if (!value) return std::optional<std::string>();
  if (auto e = validation::CheckDate(*value)) return Error::Validation(name, *e);
  return value;
}

Result<FeeList> List(FeeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"kind", "from", "to", "limit", "cursor"}));
  CLIENTELE_TRY(kind, http::ReadOptionalChoice(ctx, "kind", {"fee", "cost"}));
  CLIENTELE_TRY(from, ReadDate(ctx, "from"));
  CLIENTELE_TRY(to, ReadDate(ctx, "to"));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  FeeQuery query;
  if (kind) query.kind = ParseFeeKind(*kind);
  query.from = from;
  query.to = to;
  return service.List(ctx.caller(), ProjectId(id), query, page);
}

Result<Fee> Create(FeeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseFeeInput(body));
  if (input.version) return Error::Validation("version", "is set by the server");
  return service.Create(ctx.caller(), ProjectId(id), input);
}

Result<Fee> Update(FeeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseFeeInput(body));
  return service.Update(ctx.caller(), FeeId(id), input);
}

Status Delete(FeeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), FeeId(id));
}

}  // namespace

void AddFeeRoutes(http::Router& router, FeeService& service) {
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/fees", Access::kSignedIn,
      {"A project's fees and costs, newest first (kind, from, to; keyset pagination), with the totals of "
       "every matching row (financials view)",
       "financials",
       {403, 404, 422}},
      [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/projects/{id}/fees", Access::kSignedIn,
             {"Add a fee or cost to a project (financials edit; money in the project's currency)",
              "financials",
              {400, 403, 404, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/fees/{id}", Access::kSignedIn,
             {"Change a fee or cost (financials edit; send the version you read; 409 when invoiced)",
              "financials",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(
      Method::kDelete, "/api/v1/fees/{id}", Access::kSignedIn,
      {"Delete a fee or cost (financials edit; 409 when invoiced)", "financials", {403, 404, 409}, 204},
      [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
}

}  // namespace clientele::financials
