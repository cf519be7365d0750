#include "features/projects/project_routes.hpp"

#include "features/projects/project_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::projects {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<Page<Project>> List(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"q", "state", "owner", "customer", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(state, http::ReadOptionalChoice(ctx, "state", {"sales", "open", "closed", "active"}));
  CLIENTELE_TRY(owner, http::ReadOptionalId(ctx, "owner"));
  CLIENTELE_TRY(customer, http::ReadOptionalId(ctx, "customer"));
  ProjectQuery query;
  query.q = ctx.Query("q");
  const std::string s = state.value_or("");
  query.state = s == "sales"    ? StateFilter::kSales
                : s == "open"   ? StateFilter::kOpen
                : s == "closed" ? StateFilter::kClosed
                : s == "active" ? StateFilter::kActive
                                : StateFilter::kAll;
  if (owner) query.owner = UserId(*owner);
  if (customer) query.customer = CustomerId(*customer);
  return service.List(ctx.caller(), query, page);
}

Result<Project> Create(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewProject(body));
  return service.Create(ctx.caller(), input);
}

Result<Project> Get(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Get(ctx.caller(), ProjectId(id));
}

Result<Project> Update(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseProjectPatch(body));
  return service.Update(ctx.caller(), ProjectId(id), patch);
}

Result<Project> SetClosed(ProjectService& service, const RequestContext& ctx, bool closed) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body.empty() ? "{}" : ctx.request.body));
  json::ObjectReader reader(body);
  auto version = reader.Int("version");
  CLIENTELE_CHECK(reader.Finish());
  return service.SetClosed(ctx.caller(), ProjectId(id), version.value, closed);
}

Status Delete(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), ProjectId(id));
}

Result<Page<StatusChange>> History(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  return service.History(ctx.caller(), ProjectId(id), page);
}

Result<CustomerProjects> ForCustomer(ProjectService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"limit"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx, 100, 200));
  return service.ForCustomer(ctx.caller(), CustomerId(id), page.limit);
}

}  // namespace

void AddProjectRoutes(http::Router& router, ProjectService& service) {
  router.Add(Method::kGet, "/api/v1/projects", Access::kSignedIn,
             {"Sales cases and projects: search, filter by state, owner and customer, keyset pagination",
              "projects",
              {403, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/projects", Access::kSignedIn,
             {"Add a sales case or a project to a customer", "projects", {400, 403, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/projects/{id}", Access::kSignedIn,
             {"Get a sales case or project with its members", "projects", {403, 404}},
             [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(
      Method::kPatch, "/api/v1/projects/{id}", Access::kSignedIn,
      {"Change a project; a new salesStatusId applies the won / lost rules (send the version you read)",
       "projects",
       {400, 403, 404, 409, 413, 422}},
      [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/projects/{id}/close", Access::kSignedIn,
             {"Close a project", "projects", {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(SetClosed(service, ctx, true)); });
  router.Add(Method::kPost, "/api/v1/projects/{id}/reopen", Access::kSignedIn,
             {"Reopen a closed project (not a lost sales case)", "projects", {400, 403, 404, 409, 422}},
             [&service](RequestContext& ctx) { return Respond(SetClosed(service, ctx, false)); });
  router.Add(Method::kDelete, "/api/v1/projects/{id}", Access::kSignedIn,
             {"Delete a project without tasks", "projects", {403, 404, 409}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/status-history", Access::kSignedIn,
      {"Every change of the project's sales status or state, newest first", "projects", {403, 404, 422}},
      [&service](RequestContext& ctx) { return Respond(History(service, ctx)); });
  router.Add(Method::kGet, "/api/v1/customers/{id}/projects", Access::kSignedIn,
             {"The customer's sales cases and projects, open and closed, with pipeline totals per currency",
              "projects",
              {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(ForCustomer(service, ctx)); });
}

}  // namespace clientele::projects
