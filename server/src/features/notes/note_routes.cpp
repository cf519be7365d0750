#include "features/notes/note_routes.hpp"

#include "features/notes/note_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::notes {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// Whose notes a path names.
enum class On { kCustomer, kProject };

Result<Page<Note>> List(NoteService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  if (on == On::kProject) return service.ListForProject(ctx.caller(), ProjectId(id), page);
  return service.ListForCustomer(ctx.caller(), CustomerId(id), page);
}

Result<Note> Create(NoteService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewNote(body));
  if (on == On::kProject) return service.CreateForProject(ctx.caller(), ProjectId(id), input);
  return service.CreateForCustomer(ctx.caller(), CustomerId(id), input);
}

Result<Note> Update(NoteService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseNotePatch(body));
  return service.Update(ctx.caller(), NoteId(id), patch);
}

Status Delete(NoteService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), NoteId(id));
}

}  // namespace

void AddNoteRoutes(http::Router& router, NoteService& service) {
  router.Add(Method::kGet, "/api/v1/customers/{id}/notes", Access::kSignedIn,
             {"A customer's notes and its projects' notes, newest first, keyset pagination",
              "notes",
              {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx, On::kCustomer)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/notes", Access::kSignedIn,
             {"Add a note to a customer, or to one of its projects (projectId)",
              "notes",
              {400, 403, 404, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx, On::kCustomer), 201); });
  router.Add(Method::kGet, "/api/v1/projects/{id}/notes", Access::kSignedIn,
             {"A project's notes, newest first, keyset pagination", "notes", {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx, On::kProject)); });
  router.Add(
      Method::kPost, "/api/v1/projects/{id}/notes", Access::kSignedIn,
      {"Add a note to a project (shown on its customer's card too)", "notes", {400, 403, 404, 413, 422}, 201},
      [&service](RequestContext& ctx) { return Respond(Create(service, ctx, On::kProject), 201); });
  router.Add(Method::kPatch, "/api/v1/notes/{id}", Access::kSignedIn,
             {"Change a note's text (the author only; send the version you read)",
              "notes",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/notes/{id}", Access::kSignedIn,
             {"Delete a note (its author, or anyone with customers edit-all)", "notes", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
}

}  // namespace clientele::notes
