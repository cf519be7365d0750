#include "features/tasks/task_routes.hpp"

#include "features/tasks/task_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond_written.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::tasks {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

Result<Page<Task>> List(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"status", "assignee", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(status, http::ReadOptionalId(ctx, "status"));
  CLIENTELE_TRY(assignee, http::ReadOptionalId(ctx, "assignee"));
  TaskQuery query;
  if (status) query.status = TaskStatusId(*status);
  if (assignee) query.assignee = UserId(*assignee);
  return service.List(ctx.caller(), ProjectId(id), query, page);
}

Result<Task> Create(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewTask(body));
  return service.Create(ctx.caller(), ProjectId(id), input);
}

Result<Task> Get(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Get(ctx.caller(), TaskId(id));
}

Result<Task> Update(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseTaskPatch(body));
  return service.Update(ctx.caller(), TaskId(id), patch);
}

Result<Task> Move(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(move, ParseTaskMove(body));
  return service.Move(ctx.caller(), TaskId(id), move);
}

Status Delete(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), TaskId(id));
}

Result<Board> CustomerBoard(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"project", "assignee", "limit"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx, 100, 500));
  CLIENTELE_TRY(project, http::ReadOptionalId(ctx, "project"));
  CLIENTELE_TRY(assignee, http::ReadOptionalId(ctx, "assignee"));
  TaskQuery query;
  if (project) query.project = ProjectId(*project);
  if (assignee) query.assignee = UserId(*assignee);
  return service.CustomerBoard(ctx.caller(), CustomerId(id), query, page.limit);
}

Result<Board> ProjectBoard(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"assignee", "limit"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx, 100, 500));
  CLIENTELE_TRY(assignee, http::ReadOptionalId(ctx, "assignee"));
  TaskQuery query;
  if (assignee) query.assignee = UserId(*assignee);
  return service.ProjectBoard(ctx.caller(), ProjectId(id), query, page.limit);
}

Result<ColumnPage> CustomerColumn(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(status, ctx.PathId("statusId"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"project", "assignee", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx, 100, 500));
  CLIENTELE_TRY(project, http::ReadOptionalId(ctx, "project"));
  CLIENTELE_TRY(assignee, http::ReadOptionalId(ctx, "assignee"));
  TaskQuery query;
  if (project) query.project = ProjectId(*project);
  if (assignee) query.assignee = UserId(*assignee);
  return service.CustomerColumn(ctx.caller(), CustomerId(id), TaskStatusId(status), query, page);
}

Result<ColumnPage> ProjectColumn(TaskService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(status, ctx.PathId("statusId"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"assignee", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx, 100, 500));
  CLIENTELE_TRY(assignee, http::ReadOptionalId(ctx, "assignee"));
  TaskQuery query;
  if (assignee) query.assignee = UserId(*assignee);
  return service.ProjectColumn(ctx.caller(), ProjectId(id), TaskStatusId(status), query, page);
}

}  // namespace

void AddTaskRoutes(http::Router& router, TaskService& service) {
  router.Add(Method::kGet, "/api/v1/projects/{id}/tasks", Access::kSignedIn,
             {"A project's tasks in the order they were added, keyset pagination", "tasks", {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/projects/{id}/tasks", Access::kSignedIn,
             {"Add a task to a project (last in its column)", "tasks", {400, 403, 404, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/tasks/{id}", Access::kSignedIn, {"Get a task", "tasks", {403, 404}},
             [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(Method::kPatch, "/api/v1/tasks/{id}", Access::kSignedIn,
             {"Change a task (send the version you read)", "tasks", {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/tasks/{id}/move", Access::kSignedIn,
             {"Move a task to a column, after or before another task (send the version you read)",
              "tasks",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Move(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/tasks/{id}", Access::kSignedIn,
             {"Delete a task", "tasks", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
  router.Add(Method::kGet, "/api/v1/customers/{id}/board", Access::kSignedIn,
             {"The customer's Kanban board: a column per task status with its count and first tasks",
              "tasks",
              {403, 404, 422}},
             [&service](RequestContext& ctx) { return http::RespondWritten(CustomerBoard(service, ctx)); });
  router.Add(Method::kGet, "/api/v1/projects/{id}/board", Access::kSignedIn,
             {"A project's Kanban board", "tasks", {403, 404, 422}},
             [&service](RequestContext& ctx) { return http::RespondWritten(ProjectBoard(service, ctx)); });
  router.Add(
      Method::kGet, "/api/v1/customers/{id}/board/columns/{statusId}", Access::kSignedIn,
      {"More of one column of the customer's board, after a column's nextCursor", "tasks", {403, 404, 422}},
      [&service](RequestContext& ctx) { return http::RespondWritten(CustomerColumn(service, ctx)); });
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/board/columns/{statusId}", Access::kSignedIn,
      {"More of one column of a project's board, after a column's nextCursor", "tasks", {403, 404, 422}},
      [&service](RequestContext& ctx) { return http::RespondWritten(ProjectColumn(service, ctx)); });
}

}  // namespace clientele::tasks
