#include "features/hours/hour_routes.hpp"

#include "features/hours/hour_json.hpp"
#include "features/hours/iso_week.hpp"
#include "features/hours/work_type_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/http/params.hpp"
#include "platform/http/respond.hpp"
#include "platform/json/json_body.hpp"
#include "platform/util/clock.hpp"

namespace clientele::hours {

using http::Access;
using http::Method;
using http::RequestContext;
using http::Respond;

namespace {

/// The whole list as {items}: an organization has at most kMaxWorkTypes.
struct TypeList {
  std::vector<WorkType> items;
};
void to_json(nlohmann::json& j, const TypeList& list) { j = {{"items", list.items}}; }

Result<TypeList> ListTypes(WorkTypeService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {}));
  CLIENTELE_TRY(items, service.List(ctx.caller()));
  return TypeList{std::move(items)};
}

Result<WorkType> CreateType(WorkTypeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewWorkType(body));
  return service.Create(ctx.caller(), input);
}

Result<WorkType> UpdateType(WorkTypeService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseWorkTypePatch(body));
  return service.Update(ctx.caller(), WorkTypeId(id), patch);
}

Result<ProjectPrices> PutPrices(ProjectPriceService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseProjectPrices(body));
  return service.Put(ctx.caller(), ProjectId(id), input);
}

// Compares the query text directly: g++ 12 at -O3 reports a false maybe-uninitialized on the optional string
// that ReadOptionalChoice returns once it is inlined here.
Result<std::optional<bool>> ReadOptionalBool(const RequestContext& ctx, std::string_view name) {
  const auto raw = ctx.Query(name);
  if (!raw || raw->empty()) return std::optional<bool>();
  if (*raw == "true" || *raw == "false") return std::optional<bool>(*raw == "true");
  return Error::Validation(std::string(name), "must be one of: true, false");
}

Result<Page<HourEntry>> ListHours(HourService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(
      ctx, {"user", "project", "customer", "from", "to", "billable", "invoiced", "limit", "cursor"}));
  CLIENTELE_TRY(page, http::ReadPage(ctx));
  CLIENTELE_TRY(user, http::ReadOptionalId(ctx, "user"));
  CLIENTELE_TRY(project, http::ReadOptionalId(ctx, "project"));
  CLIENTELE_TRY(customer, http::ReadOptionalId(ctx, "customer"));
  CLIENTELE_TRY(billable, ReadOptionalBool(ctx, "billable"));
  CLIENTELE_TRY(invoiced, ReadOptionalBool(ctx, "invoiced"));
  HourFilter filter;
  if (user) filter.user = UserId(*user);
  if (project) filter.project = ProjectId(*project);
  if (customer) filter.customer = CustomerId(*customer);
  filter.from = ctx.Query("from");
  filter.to = ctx.Query("to");
  filter.billable = billable;
  filter.invoiced = invoiced;
  return service.List(ctx.caller(), filter, page);
}

Result<HourEntry> CreateHour(HourService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(input, ParseNewHourEntry(body));
  return service.Create(ctx.caller(), input);
}

Result<HourEntry> UpdateHour(HourService& service, const RequestContext& ctx) {
  CLIENTELE_TRY(id, ctx.PathId("id"));
  CLIENTELE_TRY(body, json::ParseObject(ctx.request.body));
  CLIENTELE_TRY(patch, ParseHourEntryPatch(body));
  return service.Update(ctx.caller(), HourEntryId(id), patch);
}

Result<Timesheet> Week(HourService& service, const RequestContext& ctx) {
  CLIENTELE_CHECK(http::RejectUnknownQuery(ctx, {"week"}));
  // Without ?week= the current one (UTC; the client normally names the week it shows).
  const std::string week = ctx.Query("week").value_or(IsoWeekOf(util::TodayIso()));
  return service.Week(ctx.caller(), week);
}

}  // namespace

void AddWorkTypeRoutes(http::Router& router, WorkTypeService& service) {
  router.Add(Method::kGet, "/api/v1/settings/work-types", Access::kSignedIn,
             {"The organization's work types with default hourly prices (base currency) and usage counts",
              "settings",
              {422}},
             [&service](RequestContext& ctx) { return Respond(ListTypes(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/settings/work-types", Access::kSignedIn,
             {"Add a work type (settings right)", "settings", {400, 403, 409, 413, 422}, 201},
             [&service](RequestContext& ctx) { return Respond(CreateType(service, ctx), 201); });
  router.Add(Method::kPatch, "/api/v1/settings/work-types/{id}", Access::kSignedIn,
             {"Change a work type's name, code, price, billable default or active flag (settings right; send "
              "the version you read)",
              "settings",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateType(service, ctx)); });
  router.Add(Method::kDelete, "/api/v1/settings/work-types/{id}", Access::kSignedIn,
             {"Delete an unused work type (settings right; 409 while hour entries or prices use it)",
              "settings",
              {403, 404, 409},
              204},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Delete(ctx.caller(), WorkTypeId(id.value())));
             });
}

void AddProjectPriceRoutes(http::Router& router, ProjectPriceService& service) {
  router.Add(Method::kGet, "/api/v1/projects/{id}/prices", Access::kSignedIn,
             {"The project's own hourly prices per work type, in its currency (financials view)",
              "financials",
              {403, 404}},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Get(ctx.caller(), ProjectId(id.value())));
             });
  router.Add(Method::kPut, "/api/v1/projects/{id}/prices", Access::kSignedIn,
             {"Replace the project's prices (financials edit; send the version you read)",
              "financials",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(PutPrices(service, ctx)); });
}

void AddHourRoutes(http::Router& router, HourService& service) {
  router.Add(
      Method::kGet, "/api/v1/hours", Access::kSignedIn,
      {"Hour entries, newest date first (user, project, customer, from, to, billable, invoiced; keyset "
       "pagination); others' hours need financials view",
       "hours",
       {403, 422}},
      [&service](RequestContext& ctx) { return Respond(ListHours(service, ctx)); });
  router.Add(Method::kPost, "/api/v1/hours", Access::kSignedIn,
             {"Record hours on a project (priced now: project price, else the work type's)",
              "hours",
              {400, 403, 409, 413, 422},
              201},
             [&service](RequestContext& ctx) { return Respond(CreateHour(service, ctx), 201); });
  router.Add(Method::kGet, "/api/v1/hours/{id}", Access::kSignedIn, {"One hour entry", "hours", {403, 404}},
             [&service](RequestContext& ctx) {
               auto id = ctx.PathId("id");
               if (!id.ok()) return http::ErrorResponse(id.error());
               return Respond(service.Get(ctx.caller(), HourEntryId(id.value())));
             });
  router.Add(Method::kPatch, "/api/v1/hours/{id}", Access::kSignedIn,
             {"Change an hour entry (send the version you read; 409 when invoiced or the project is closed)",
              "hours",
              {400, 403, 404, 409, 413, 422}},
             [&service](RequestContext& ctx) { return Respond(UpdateHour(service, ctx)); });
  router.Add(
      Method::kDelete, "/api/v1/hours/{id}", Access::kSignedIn,
      {"Delete an hour entry (409 when invoiced or the project is closed)", "hours", {403, 404, 409}, 204},
      [&service](RequestContext& ctx) {
        auto id = ctx.PathId("id");
        if (!id.ok()) return http::ErrorResponse(id.error());
        return Respond(service.Delete(ctx.caller(), HourEntryId(id.value())));
      });
  router.Add(Method::kGet, "/api/v1/me/timesheet", Access::kSignedIn,
             {"The caller's hours of one ISO week (week=2026-W49): rows of project and work type, a cell per "
              "day with its entries, row and day totals",
              "hours",
              {422}},
             [&service](RequestContext& ctx) { return Respond(Week(service, ctx)); });
}

}  // namespace clientele::hours
