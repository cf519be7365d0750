#include "features/files/link_routes.hpp"

#include "features/files/link_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::files {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// Whose links a path names.
enum class On { kCustomer, kProject };

Result<Page<Link>> List(LinkService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  if (on == On::kProject) return service.ListForProject(ctx.caller(), ProjectId(id), page);
  return service.ListForCustomer(ctx.caller(), CustomerId(id), page);
}

Result<Link> CreateLink(LinkService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewLink(body));
  if (on == On::kProject) return service.CreateForProject(ctx.caller(), ProjectId(id), input);
  return service.CreateForCustomer(ctx.caller(), CustomerId(id), input);
}

Result<Link> UpdateLink(LinkService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseLinkPatch(body));
  return service.Update(ctx.caller(), LinkId(id), patch);
}

Status DeleteLink(LinkService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), LinkId(id));
}

}  // namespace

void AddLinkRoutes(http::Router& router, LinkService& service) {
  for (auto [where, base, whose] : {std::tuple{On::kCustomer, "/api/v1/customers/{id}/links", "customer"},
                                    std::tuple{On::kProject, "/api/v1/projects/{id}/links", "project"}}) {
    const On on = where;
    router.Add(
        Method::kGet, base, Access::kSignedIn,
        {std::string("A ") + whose + "'s links" + (on == On::kCustomer ? " and its projects' links" : "") +
             ", newest first, keyset pagination",
         "links",
         {403, 404, 422}},
        [&service, on](RequestContext& ctx) { return Respond(List(service, ctx, on)); });
    router.Add(Method::kPost, base, Access::kSignedIn,
               {std::string("Add a link (http or https URL, title, description) to a ") + whose +
                    (on == On::kCustomer ? " or one of its projects (projectId)" : ""),
                "links",
                {400, 403, 404, 413, 422},
                201},
               [&service, on](RequestContext& ctx) { return Respond(CreateLink(service, ctx, on), 201); });
  }
  router.Add(Method::kPatch, "/api/v1/links/{id}", Access::kSignedIn,
             {"Change a link (send the version you read)", "links", {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateLink(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/links/{id}", Access::kSignedIn,
             {"Delete a link", "links", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(DeleteLink(service, ctx)); });
}

}  // namespace clientele::files
