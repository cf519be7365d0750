#include "features/invoicing/invoice_routes.hpp"

#include "features/customers/customer_json.hpp"
#include "features/invoicing/invoice_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"
#include "platform/validation/date.hpp"

namespace clientele::invoicing {

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

Result<Page<InvoiceSummary>> ListWith(InvoiceService& service, const RequestContext& ctx, InvoiceQuery query,
                                      std::initializer_list<std::string_view> allowed) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, allowed));
  CLIENTELE_TRY(status, http::ReadOptionalId(ctx, "status"));
  CLIENTELE_TRY(from, ReadDate(ctx, "from"));
  CLIENTELE_TRY(to, ReadDate(ctx, "to"));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  if (status) query.status = InvoiceStatusId(*status);
  query.from = from;
  query.to = to;
  return service.List(ctx.caller(), query, page);
}

Result<Page<InvoiceSummary>> List(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(customer, http::ReadOptionalId(ctx, "customer"));
  CLIENTELE_TRY(project, http::ReadOptionalId(ctx, "project"));
  InvoiceQuery query;
  if (customer) query.customer = CustomerId(*customer);
  query.project = project;
  return ListWith(service, ctx, query, {"customer", "project", "status", "from", "to", "limit", "cursor"});
}

Result<Page<InvoiceSummary>> OfCustomer(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  InvoiceQuery query;
  query.customer = CustomerId(id);
  return ListWith(service, ctx, query, {"status", "from", "to", "limit", "cursor"});
}

Result<Uninvoiced> UninvoicedRows(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"until"}));
  CLIENTELE_TRY(until, ReadDate(ctx, "until"));
  if (!until) return Error::Validation("until", "is required: the last date of the rows to invoice");
  return service.ForProject(ctx.caller(), id, *until);
}

Result<Invoice> Create(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewInvoice(body));
  return service.Create(ctx.caller(), input);
}

Result<Invoice> Update(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseInvoicePatch(body));
  return service.Update(ctx.caller(), InvoiceId(id), patch);
}

Result<Invoice> AddRow(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(row, ParseRowInput(body));
  return service.AddRow(ctx.caller(), InvoiceId(id), row);
}

Result<Invoice> UpdateRow(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(row, ParseRowInput(body));
  return service.UpdateRow(ctx.caller(), InvoiceRowId(id), row);
}

Result<Invoice> SetStatus(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  json::ObjectReader r(body);
  auto status = r.Int("statusId");
  auto version = r.Int("version");
  CLIENTELE_CHECK(r.Finish());
  if (!status.value) return Error::Validation("statusId", "is required");
  return service.SetStatus(ctx.caller(), InvoiceId(id), InvoiceStatusId(*status.value), version.value);
}

Result<Invoice> Credit(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  std::optional<std::int64_t> version;
  if (!ctx.request.body.empty()) {
    CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
    json::ObjectReader r(body);
    version = r.Int("version").value;
    CLIENTELE_CHECK(r.Finish());
  }
  return service.Credit(ctx.caller(), InvoiceId(id), version);
}

Result<Page<audit::AuditEntry>> History(InvoiceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  return service.History(ctx.caller(), InvoiceId(id), page);
}

}  // namespace

void AddInvoiceRoutes(http::Router& router, InvoiceService& service) {
  auto& s = service;
  router.Add(
      Method::kGet, "/api/v1/invoices", Access::kSignedIn,
      {"Invoices newest first (customer, project, status, from, to; keyset pagination; financials view)",
       "invoicing",
       {403, 404, 422}},
      [&s](RequestContext& ctx) { return Respond(List(s, ctx)); });
  router.Add(
      Method::kPost, "/api/v1/invoices", Access::kSignedIn,
      {"Create an invoice from projects' uninvoiced hours and fees up to a date, from chosen hourIds and "
       "feeIds, or from manual rows (financials edit)",
       "invoicing",
       {400, 403, 404, 409, 413, 422},
       201},
      [&s](RequestContext& ctx) { return Respond(Create(s, ctx), 201); });
  router.Add(
      Method::kGet, "/api/v1/invoices/{id}", Access::kSignedIn,
      {"An invoice with its rows, VAT breakdown and totals (financials view)", "invoicing", {403, 404}},
      [&s](RequestContext& ctx) {
        auto id = ctx.PathId("id");
        if (!id.ok()) return http::ErrorResponse(id.error());
        return Respond(s.Get(ctx.caller(), InvoiceId(id.value())));
      });
  router.Add(
      Method::kPatch, "/api/v1/invoices/{id}", Access::kSignedIn,
      {"Change an invoice's header while its status allows (financials edit; send the version you read)",
       "invoicing",
       {400, 403, 404, 409, 413, 422}},
      [&s](RequestContext& ctx) { return Respond(Update(s, ctx)); });
  router.Add(Method::kDelete, "/api/v1/invoices/{id}", Access::kSignedIn,
             {"Delete a draft (no number yet); its hours and fees become uninvoiced (financials edit)",
              "invoicing",
              {403, 404, 409},
              204},
             [&s](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(s.Delete(ctx.caller(), InvoiceId(id.value())));
             });
  router.Add(Method::kGet, "/api/v1/invoices/{id}/history", Access::kSignedIn,
             {"An invoice's history, newest first (financials view)", "invoicing", {403, 404, 422}},
             [&s](RequestContext& ctx) { return Respond(History(s, ctx)); });
  router.Add(Method::kPost, "/api/v1/invoices/{id}/rows", Access::kSignedIn,
             {"Add a row to an invoice while its status allows (financials edit)",
              "invoicing",
              {400, 403, 404, 409, 413, 422},
              201},
             [&s](RequestContext& ctx) { return Respond(AddRow(s, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/invoice-rows/{id}", Access::kSignedIn,
             {"Change an invoice row while the invoice's status allows (financials edit)",
              "invoicing",
              {400, 403, 404, 409, 413, 422}},
             [&s](RequestContext& ctx) { return Respond(UpdateRow(s, ctx)); });
  router.Add(
      Method::kDelete, "/api/v1/invoice-rows/{id}", Access::kSignedIn,
      {"Remove an invoice row; what it billed becomes uninvoiced (financials edit; answers the invoice)",
       "invoicing",
       {403, 404, 409}},
      [&s](RequestContext& ctx) {
        auto id = ctx.PathId("id");
        if (!id.ok()) return http::ErrorResponse(id.error());
        return Respond(s.DeleteRow(ctx.caller(), InvoiceRowId(id.value())));
      });
  router.Add(
      Method::kPost, "/api/v1/invoices/{id}/status", Access::kSignedIn,
      {"Move an invoice to another status ({statusId, version}); the first numbered status gives it its "
       "number and payment reference (financials edit)",
       "invoicing",
       {400, 403, 404, 409, 413, 422}},
      [&s](RequestContext& ctx) { return Respond(SetStatus(s, ctx)); });
  router.Add(
      Method::kPost, "/api/v1/invoices/{id}/credit", Access::kSignedIn,
      {"Credit a numbered invoice in full: answers the credit note; the invoice's hours and fees become "
       "uninvoiced (financials edit)",
       "invoicing",
       {400, 403, 404, 409, 413},
       201},
      [&s](RequestContext& ctx) { return Respond(Credit(s, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/customers/{id}/invoices", Access::kSignedIn,
             {"The customer's invoices, newest first (status, from, to; financials view)",
              "invoicing",
              {403, 404, 422}},
             [&s](RequestContext& ctx) { return Respond(OfCustomer(s, ctx)); });
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/uninvoiced", Access::kSignedIn,
      {"A project's uninvoiced billable hours and fees up to a date (?until=YYYY-MM-DD; financials view)",
       "invoicing",
       {403, 404, 422}},
      [&s](RequestContext& ctx) { return Respond(UninvoicedRows(s, ctx)); });
}

}  // namespace clientele::invoicing
