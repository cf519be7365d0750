#include "features/invoicing/invoice_status_routes.hpp"

#include "features/invoicing/invoice_status_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::invoicing {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// The whole list as {items}: an organization has at most kMaxInvoiceStatuses.
struct InvoiceStatusList {
  std::vector<InvoiceStatus> items;
};
void to_json(nlohmann::json& j, const InvoiceStatusList& list) { j = {{"items", list.items}}; }

Result<InvoiceStatusList> List(InvoiceStatusService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  CLIENTELE_TRY(items, service.List(ctx.caller()));
  return InvoiceStatusList{std::move(items)};
}

Result<InvoiceStatus> Create(InvoiceStatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewInvoiceStatus(body));
  return service.Create(ctx.caller(), input);
}

Result<InvoiceStatus> Update(InvoiceStatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseInvoiceStatusPatch(body));
  return service.Update(ctx.caller(), InvoiceStatusId(id), patch);
}

Status Delete(InvoiceStatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), InvoiceStatusId(id));
}

Result<InvoiceStatusList> Reorder(InvoiceStatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(order, ParseInvoiceStatusOrder(body));
  CLIENTELE_TRY(items, service.Reorder(ctx.caller(), order));
  return InvoiceStatusList{std::move(items)};
}

}  // namespace

void AddInvoiceStatusRoutes(http::Router& router, InvoiceStatusService& service) {
  const std::string base = "/api/v1/settings/invoice-statuses";
  router.Add(Method::kGet, base, Access::kSignedIn,
             {"The organization's invoice statuses in order (financials view or settings manage)",
              "settings",
              {403, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, base, Access::kSignedIn,
             {"Add an invoice status at the end of the order (settings manage)",
              "settings",
              {400, 403, 409, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kPut, base + "/order", Access::kSignedIn,
             {"Put every invoice status in a new order, the default first (settings manage)",
              "settings",
              {400, 403, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Reorder(service, ctx)); });
  router.Add(Method::kPatch, base + "/{id}", Access::kSignedIn,
             {"Rename an invoice status, change its flags, make it the default, disable or enable it "
              "(settings manage; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kDelete, base + "/{id}", Access::kSignedIn,
             {"Delete an invoice status no invoice uses (settings manage)", "settings", {403, 404, 409}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
}

}  // namespace clientele::invoicing
