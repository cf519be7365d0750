#include "features/contacts/contact_json.hpp"
#include "features/contacts/contact_routes.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"

namespace clientele::contacts {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

http::Response FileResponse(const Result<ExportFile>& file, const char* content_type) {
  if (!file.ok()) return http::ErrorResponse(file.error());
  http::Response r;
  r.status = 200;
  r.headers.Set("Content-Type", content_type);
  // SafeFilename leaves only ASCII letters, digits, '-' and '.', so the quoted form needs no escaping.
  r.headers.Set("Content-Disposition", "attachment; filename=\"" + file->filename + "\"");
  r.headers.Set("X-Record-Count", std::to_string(file->count));
  if (file->truncated) r.headers.Set("X-Truncated", "true");
  r.body = file->body;
  return r;
}

bool WantsCsv(const RequestContext& ctx, const std::optional<std::string>& format) {
  if (format) return *format == "csv";
  auto accept = ctx.request.headers.Get("Accept");
  return accept && accept->find("text/csv") != std::string_view::npos;
}

http::Response Mailing(ContactExportService& service, const RequestContext& ctx) {
  auto parsed = [&]() -> Result<std::pair<MailingQuery, std::optional<std::string>>> {
    CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"keyword", "active", "format", "limit", "cursor"}));
    CLIENTELE_TRY(keyword, http::ReadOptionalId(ctx, "keyword"));
    CLIENTELE_TRY(active, http::ReadOptionalChoice(ctx, "active", {"true", "false", "all"}));
    CLIENTELE_TRY(format, http::ReadOptionalChoice(ctx, "format", {"json", "csv"}));
    MailingQuery query;
    if (keyword) query.keyword = KeywordId(*keyword);
    const std::string a = active.value_or("true");
    query.active = a == "all"     ? ActiveFilter::kAll
                   : a == "false" ? ActiveFilter::kInactive
                                  : ActiveFilter::kActive;
    return std::make_pair(query, format);
  }();
  if (!parsed.ok()) return http::ErrorResponse(parsed.error());
  const auto& [query, format] = parsed.value();
  if (WantsCsv(ctx, format))
    return FileResponse(service.MailingCsv(ctx.caller(), query), "text/csv; charset=utf-8");
  auto page = http::ReadPage(ctx);
  if (!page.ok()) return http::ErrorResponse(page.error());
  return Respond(service.Mailing(ctx.caller(), query, page.value()));
}

}  // namespace

void AddContactExportRoutes(http::Router& router, ContactExportService& service) {
  router.Add(Method::kGet, "/api/v1/contacts", Access::kSignedIn,
             {"Mailing list: contacts across the customers you may see, by keyword; JSON pages, or CSV with "
              "format=csv or Accept: text/csv (at most 50000 rows)",
              "contacts",
              {403, 422}},
             [&service](RequestContext& ctx) { return Mailing(service, ctx); });
  router.Add(Method::kGet, "/api/v1/contacts/{id}/vcard", Access::kSignedIn,
             {"A contact as a vCard 4.0 file", "contacts", {403, 404}}, [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return FileResponse(service.ContactVcard(ctx.caller(), ContactId(id.value())),
                                   "text/vcard; charset=utf-8");
             });
  router.Add(Method::kGet, "/api/v1/customers/{id}/contacts/vcard", Access::kSignedIn,
             {"A customer's active contacts as one vCard 4.0 file (at most 5000)", "contacts", {403, 404}},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return FileResponse(service.CustomerVcards(ctx.caller(), CustomerId(id.value())),
                                   "text/vcard; charset=utf-8");
             });
}

}  // namespace clientele::contacts
