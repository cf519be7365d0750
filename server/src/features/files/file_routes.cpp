#include "features/files/file_routes.hpp"

#include "features/files/file_json.hpp"
#include "features/files/file_name.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::files {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;
using http::Response;

namespace {

/// Whose files a path names.
enum class On { kCustomer, kProject };

Result<Page<StoredFile>> List(FileService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  if (on == On::kProject) return service.ListForProject(ctx.caller(), ProjectId(id), page);
  return service.ListForCustomer(ctx.caller(), CustomerId(id), page);
}

Result<StoredFile> UploadFile(FileService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"name"}));
  files::Upload upload;
  upload.name = ctx.Query("name");
  if (auto type = ctx.request.headers.Get("Content-Type")) upload.content_type = std::string(*type);
  upload.content = ctx.request.body;
  if (const auto& spooled = ctx.request.spooled)
    upload.spooled = files::Upload::Spooled{spooled->path, spooled->size, spooled->sha256};
  if (on == On::kProject) return service.UploadToProject(ctx.caller(), ProjectId(id), upload);
  return service.UploadToCustomer(ctx.caller(), CustomerId(id), upload);
}

Response Download(FileService& service, const RequestContext& ctx) {
  auto id = ctx.PathId("id");
  if (!id.ok()) return http::ErrorResponse(id.error());
  if (auto unknown = http::RejectUnknownQuery(ctx, {"download"}); !unknown.ok())
    return http::ErrorResponse(unknown.error());
  auto download = http::ReadOptionalChoice(ctx, "download", {"0", "1"});
  if (!download.ok()) return http::ErrorResponse(download.error());
  auto content = service.Content(ctx.caller(), FileId(id.value()));
  if (!content.ok()) return http::ErrorResponse(content.error());
  const StoredFile& file = content->file;
  const bool inline_view = PreviewsInline(file.content_type) && download.value().value_or("0") != "1";
  Response r;
  r.status = 200;
  r.headers.Set("Content-Type", file.content_type);
  r.headers.Set("Content-Disposition",
                ContentDisposition(inline_view ? Disposition::kInline : Disposition::kAttachment, file.name));
  r.headers.Set("X-Content-Type-Options", "nosniff");
  // Shown in the browser, a file cannot run script or reach anything even when it is HTML in disguise.
  r.headers.Set("Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  r.headers.Set("Cache-Control", "private, no-cache");
  r.headers.Set("ETag", "\"" + file.sha256 + "\"");
  r.file = std::move(content->path);
  return r;
}

Result<StoredFile> UpdateFile(FileService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseFilePatch(body));
  return service.Update(ctx.caller(), FileId(id), patch);
}

Status DeleteFile(FileService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), FileId(id));
}

}  // namespace

void AddFileRoutes(http::Router& router, FileService& service) {
  for (auto [where, base, whose] : {std::tuple{On::kCustomer, "/api/v1/customers/{id}/files", "customer"},
                                    std::tuple{On::kProject, "/api/v1/projects/{id}/files", "project"}}) {
    const On on = where;
    router.Add(
        Method::kGet, base, Access::kSignedIn,
        {std::string("A ") + whose + "'s files" + (on == On::kCustomer ? " and its projects' files" : "") +
             ", newest first, keyset pagination",
         "files",
         {403, 404, 422}},
        [&service, on](RequestContext& ctx) { return Respond(List(service, ctx, on)); });
    router.Add(
        Method::kPost, base, Access::kSignedIn,
        {std::string("Upload a file to a ") + whose +
             ": the raw request body, its Content-Type, and ?name=; 413 beyond the upload limit",
         "files",
         {403, 404, 413, 422},
         201,
         {},
         http::BodyKind::kUpload},
        [&service, on](RequestContext& ctx) { return Respond(UploadFile(service, ctx, on), 201); },
        // File management needs customers edit (DESIGN.md §6): without any, not a byte is read.
        [](const auth::Principal& caller) -> std::optional<Error> {
          if (caller.permissions.customers.edit == auth::Scope::kNone)
            return Error::Forbidden("Managing files needs edit rights on customers");
          return std::nullopt;
        });
  }
  router.Add(Method::kGet, "/api/v1/files/{id}/content", Access::kSignedIn,
             {"Download a file (images and PDFs inline unless ?download=1)", "files", {403, 404, 422}},
             [&service](RequestContext& ctx) { return Download(service, ctx); });
  router.Add(
      Method::kPatch, "/api/v1/files/{id}", Access::kSignedIn,
      {"Rename or describe a file (send the version you read)", "files", {400, 403, 404, 409, 413, 422}},
      [&service](RequestContext& ctx) { return Respond(UpdateFile(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/files/{id}", Access::kSignedIn,
             {"Delete a file (its content goes when no other file has it)", "files", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(DeleteFile(service, ctx)); });
}

}  // namespace clientele::files
