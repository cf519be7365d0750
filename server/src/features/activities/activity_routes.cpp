#include "features/activities/activity_routes.hpp"

#include "features/activities/activity_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::activities {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// Whose activities a path names.
enum class On { kCustomer, kProject };

Result<Page<Activity>> List(ActivityService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"state", "limit", "cursor"}));
  CLIENTELE_TRY(state_name, http::ReadOptionalChoice(ctx, "state", {"planned", "done"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  const auto state = state_name.value_or("planned") == "done" ? ListState::kDone : ListState::kPlanned;
  if (on == On::kProject) return service.ListForProject(ctx.caller(), ProjectId(id), state, page);
  return service.ListForCustomer(ctx.caller(), CustomerId(id), state, page);
}

Result<Activity> Create(ActivityService& service, const RequestContext& ctx, On on) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewActivity(body));
  if (on == On::kProject) return service.CreateForProject(ctx.caller(), ProjectId(id), input);
  return service.CreateForCustomer(ctx.caller(), CustomerId(id), input);
}

Result<Activity> Get(ActivityService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Get(ctx.caller(), ActivityId(id));
}

Result<Activity> Update(ActivityService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseActivityPatch(body));
  return service.Update(ctx.caller(), ActivityId(id), patch);
}

Status Delete(ActivityService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), ActivityId(id));
}

/// The whole list as {items}: an organization has at most kMaxActivityTypes.
struct TypeList {
  std::vector<ActivityType> items;
};
void to_json(nlohmann::json& j, const TypeList& list) { j = {{"items", list.items}}; }

Result<TypeList> ListTypes(ActivityTypeService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  CLIENTELE_TRY(items, service.List(ctx.caller()));
  return TypeList{std::move(items)};
}

Result<ActivityType> CreateType(ActivityTypeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewActivityType(body));
  return service.Create(ctx.caller(), input);
}

Result<ActivityType> UpdateType(ActivityTypeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseActivityTypePatch(body));
  return service.Update(ctx.caller(), ActivityTypeId(id), patch);
}

Status DeleteType(ActivityTypeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  return service.Delete(ctx.caller(), ActivityTypeId(id));
}

}  // namespace

void AddActivityRoutes(http::Router& router, ActivityService& service) {
  router.Add(Method::kGet, "/api/v1/customers/{id}/activities", Access::kSignedIn,
             {"A customer's activities and its projects' ones: state=planned (by date) or done (newest done "
              "first), keyset pagination",
              "activities",
              {403, 404, 422}},
             [&service](RequestContext& ctx) { return Respond(List(service, ctx, On::kCustomer)); });
  router.Add(Method::kPost, "/api/v1/customers/{id}/activities", Access::kSignedIn,
             {"Add a to-do or calendar entry to a customer, or to one of its projects (projectId)",
              "activities",
              {400, 403, 404, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx, On::kCustomer), 201); });
  router.Add(
      Method::kGet, "/api/v1/projects/{id}/activities", Access::kSignedIn,
      {"A project's activities: state=planned or done, keyset pagination", "activities", {403, 404, 422}},
      [&service](RequestContext& ctx) { return Respond(List(service, ctx, On::kProject)); });
  router.Add(Method::kPost, "/api/v1/projects/{id}/activities", Access::kSignedIn,
             {"Add an activity to a project (shown on its customer's card too)",
              "activities",
              {400, 403, 404, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(Create(service, ctx, On::kProject), 201); });
  router.Add(Method::kGet, "/api/v1/activities/{id}", Access::kSignedIn,
             {"One activity with its participants", "activities", {403, 404}},
             [&service](RequestContext& ctx) { return Respond(Get(service, ctx)); });
  router.Add(Method::kPatch, "/api/v1/activities/{id}", Access::kSignedIn,
             {"Change an activity or mark it done (send the version you read)",
              "activities",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(Update(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/activities/{id}", Access::kSignedIn,
             {"Delete an activity", "activities", {403, 404}, 204},
             [&service](RequestContext& ctx) { return Respond(Delete(service, ctx)); });
}

void AddActivityTypeRoutes(http::Router& router, ActivityTypeService& service) {
  router.Add(Method::kGet, "/api/v1/settings/activity-types", Access::kSignedIn,
             {"The organization's activity types with usage counts, by kind and name", "settings", {422}},
             [&service](RequestContext& ctx) { return Respond(ListTypes(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/settings/activity-types", Access::kSignedIn,
             {"Add an activity type (settings right)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateType(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/settings/activity-types/{id}", Access::kSignedIn,
             {"Rename, disable or enable an activity type (settings right; send the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateType(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/settings/activity-types/{id}", Access::kSignedIn,
             {"Delete an unused activity type (settings right; 409 when activities use it)",
              "settings",
              {403, 404, 409},
              204},
             [&service](RequestContext& ctx) { return Respond(DeleteType(service, ctx)); });
}

}  // namespace clientele::activities
