#include "features/statuses/status_routes.hpp"

#include "features/statuses/status_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::statuses {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// A whole list as {items}: an organization has at most kMaxStatuses of each kind.
template <class T>
struct StatusList {
  std::vector<T> items;
};
template <class T>
void to_json(nlohmann::json& j, const StatusList<T>& list) {
  j = {{"items", list.items}};
}

Result<bool> IncludeDisabled(const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"includeDisabled"}));
  CLIENTELE_TRY(include, http::ReadOptionalChoice(ctx, "includeDisabled", {"true", "false"}));
  return include.value_or("false") == "true";
}

Result<StatusList<SalesStatus>> ListSales(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(include, IncludeDisabled(ctx));
  CLIENTELE_TRY(items, service.ListSales(ctx.caller(), include));
  return StatusList<SalesStatus>{std::move(items)};
}

Result<SalesStatus> CreateSales(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewSalesStatus(body));
  return service.CreateSales(ctx.caller(), input);
}

Result<SalesStatus> UpdateSales(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseSalesStatusPatch(body));
  return service.UpdateSales(ctx.caller(), SalesStatusId(id), patch);
}

Status DeleteSales(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.DeleteSales(ctx.caller(), SalesStatusId(id));
}

Result<StatusList<TaskStatus>> ListTask(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(include, IncludeDisabled(ctx));
  CLIENTELE_TRY(items, service.ListTask(ctx.caller(), include));
  return StatusList<TaskStatus>{std::move(items)};
}

Result<TaskStatus> CreateTask(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewTaskStatus(body));
  return service.CreateTask(ctx.caller(), input);
}

Result<TaskStatus> UpdateTask(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseTaskStatusPatch(body));
  return service.UpdateTask(ctx.caller(), TaskStatusId(id), patch);
}

Status DeleteTask(StatusService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.DeleteTask(ctx.caller(), TaskStatusId(id));
}

}  // namespace

void AddStatusRoutes(http::Router& router, StatusService& service) {
  const std::string sales = "/api/v1/settings/sales-statuses";
  router.Add(Method::kGet, sales, Access::kSignedIn,
             {"The organization's sales statuses in order (anyone signed in)", "settings", {422}},
             [&service](RequestContext& ctx) { return Respond(ListSales(service, ctx)); });
  router.Add(Method::kPost, sales, Access::kSignedIn,
             {"Add a sales status (settings manage)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateSales(service, ctx), 201); });
  router.Add(Method::kPatch, sales + "/{id}", Access::kSignedIn,
             {"Change, disable or enable a sales status (settings manage; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateSales(service, ctx)); });
  router.Add(
      Method::kDelete, sales + "/{id}", Access::kSignedIn,
      {"Delete a sales status no project has used (settings manage)", "settings", {403, 404, 409}, 204},
      [&service](RequestContext& ctx) { return Respond(DeleteSales(service, ctx)); });

  const std::string tasks = "/api/v1/settings/task-statuses";
  router.Add(Method::kGet, tasks, Access::kSignedIn,
             {"The organization's task statuses in order (anyone signed in)", "settings", {422}},
             [&service](RequestContext& ctx) { return Respond(ListTask(service, ctx)); });
  router.Add(Method::kPost, tasks, Access::kSignedIn,
             {"Add a task status (settings manage)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateTask(service, ctx), 201); });
  router.Add(Method::kPatch, tasks + "/{id}", Access::kSignedIn,
             {"Change, disable or enable a task status (settings manage; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateTask(service, ctx)); });
  router.Add(Method::kDelete, tasks + "/{id}", Access::kSignedIn,
             {"Delete a task status no task has (settings manage)", "settings", {403, 404, 409}, 204},
             [&service](RequestContext& ctx) { return Respond(DeleteTask(service, ctx)); });
}

}  // namespace clientele::statuses
