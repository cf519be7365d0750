#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include "app/event_routes.hpp"
#include "app/financials_port.hpp"
#include "app/invoicing_port.hpp"
#include "app/log_redaction.hpp"
#include "app/openapi.hpp"
#include "app/project_port.hpp"
#include "app/registry_addresses.hpp"
#include "features/activities/activity_routes.hpp"
#include "features/addresses/address_routes.hpp"
#include "features/auth/auth_routes.hpp"
#include "features/calendar/calendar_routes.hpp"
#include "features/contacts/contact_routes.hpp"
#include "features/customers/customer_routes.hpp"
#include "features/files/file_routes.hpp"
#include "features/files/link_routes.hpp"
#include "features/financials/fee_routes.hpp"
#include "features/financials/financials_routes.hpp"
#include "features/financials/forecast_routes.hpp"
#include "features/hours/hour_routes.hpp"
#include "features/invoicing/invoice_routes.hpp"
#include "features/invoicing/invoice_status_routes.hpp"
#include "features/notes/note_routes.hpp"
#include "features/projects/project_routes.hpp"
#include "features/registry/registry_routes.hpp"
#include "features/settings/organization_settings_routes.hpp"
#include "features/settings/vat_rate_routes.hpp"
#include "features/statuses/status_routes.hpp"
#include "features/tasks/task_routes.hpp"
#include "features/users/user_routes.hpp"
#include "platform/auth/crypto.hpp"
#include "platform/events/pg_event_bus.hpp"
#include "platform/http/media_type.hpp"
#include "platform/http/respond.hpp"
#include "platform/http/url.hpp"

namespace clientele::app {

using http::Access;
using http::Method;
using http::Request;
using http::RequestContext;
using http::Response;

namespace {

void AddHealthRoutes(http::Router& router, db::Database& db) {
  router.Add(Method::kGet, "/healthz", Access::kPublic, {"The process is up", "health", {}},
             [](RequestContext&) { return Response::Json(200, R"({"status":"ok"})"); });
  router.Add(Method::kGet, "/readyz", Access::kPublic, {"The database answers", "health", {503}},
             [&db](RequestContext&) {
               try {
                 int one = 0;
                 db.Read([&](soci::session& sql) {
                   sql << "SELECT 1", soci::into(one);
                   return one;
                 });
                 return Response::Json(200, R"({"status":"ready"})");
               } catch (const std::exception& e) {
                 spdlog::warn("readyz: {}", LoggableError(e));
                 return http::ErrorResponse({ErrorCode::kServiceUnavailable, "The database does not answer"});
               }
             });
}

/// What a preflight learned about the caller, kept on the request until it is done.
struct PreflightState {
  auth::Principal principal;
  std::shared_ptr<void> upload_slot;  // released when the request is done
};

Error UnsupportedMediaType() {
  return {ErrorCode::kUnsupportedMediaType, "Send the body as JSON (Content-Type: application/json)"};
}

/// 405 when the path exists with other methods, else 404.
Response NoRoute(const Request& request, const http::RouteMatch& match) {
  if (match.path_known) {
    Response r = http::ErrorResponse(
        Error::BadRequest("This path does not support " + std::string(http::MethodName(request.method))));
    r.status = 405;
    return r;
  }
  return http::ErrorResponse(Error::NotFound("No such endpoint"));
}

/// Paths the router answers rather than the web app's files (calendar feeds are fetched by calendar apps).
bool IsApiPath(const std::string& path) {
  return path.rfind("/api/", 0) == 0 || path == "/api" || path == "/healthz" || path == "/readyz" ||
         path.rfind("/calendar/", 0) == 0;
}

/// Invoices see customers, the organization and VAT rates through their features; a status or customer that
/// invoices use cannot be deleted.
void WireInvoicing(Services& s) {
  s.invoicing_port = InvoicingPortOf(s.customers, s.addresses, s.organization, s.vat_rates);
  s.invoice_statuses.AddUsageProbe([&s](soci::session& sql, OrgId org, invoicing::InvoiceStatusId status) {
    return s.invoices.UsingStatus(sql, org, status);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.invoices.AttachedTo(sql, org, customer);
  });
}

/// Amounts held in a currency pin it: the base currency while work types or users have prices or costs, a
/// project's currency while it has prices or hours. Hour changes are announced like the project's own.
void WireMoney(Services& s) {
  s.organization.AddBaseCurrencyProbe(
      [&s](soci::session& sql, OrgId org) { return s.work_types.PricedInBaseCurrency(sql, org); });
  s.organization.AddBaseCurrencyProbe(
      [&s](soci::session& sql, OrgId org) { return s.users.CostsInBaseCurrency(sql, org); });
  s.projects.AddPricedRowsProbe([&s](soci::session& sql, OrgId org, projects::ProjectId project) {
    return s.project_prices.PricedRows(sql, org, project);
  });
  s.hours.SetPublisher(*s.events);
  WireInvoicing(s);
}

void WireFeatures(Services& s) {
  // A customer with addresses or contacts cannot be deleted; the 409 names what is attached.
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.contacts.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.addresses.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.projects.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.notes.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.links.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.files.AttachedTo(sql, org, customer);
  });
  s.customers.AddAttachmentProbe([&s](soci::session& sql, OrgId org, CustomerId customer) {
    return s.activities.AttachedTo(sql, org, customer);
  });
  // Notes, links and files name their projects and check that a project belongs to the customer.
  s.notes.SetProjectPort(ProjectPortOf(s.projects));
  s.links.SetProjectPort(ProjectPortOf(s.projects));
  s.files.SetProjectPort(ProjectPortOf(s.projects));
  s.activities.SetProjectPort(ProjectPortOf(s.projects));
  // Committed changes of the records on a board or card go to the listeners of /api/v1/events.
  s.projects.SetPublisher(*s.events);
  s.tasks.SetPublisher(*s.events);
  s.notes.SetPublisher(*s.events);
  s.links.SetPublisher(*s.events);
  s.files.SetPublisher(*s.events);
  // Fees, costs and forecasts see projects through the projects feature; their changes refresh open
  // Financials tabs.
  s.money_projects = FinancialsPortOf(s.projects, s.customers);
  s.fees.SetPublisher(*s.events);
  // A fee's VAT rate must be an active rate of its organization.
  s.fees.SetVatRateCheck([&s](soci::session& sql, OrgId org, std::int64_t id) {
    return s.vat_rates.Unusable(sql, org, settings::VatRateId(id));
  });
  // A project's currency cannot change while its fees or forecasts hold amounts in it.
  s.projects.AddPricedRowsProbe([&s](soci::session& sql, OrgId org, projects::ProjectId project) {
    return s.fees.PricedRows(sql, org, financials::ProjectId(project.value));
  });
  s.projects.AddPricedRowsProbe([&s](soci::session& sql, OrgId org, projects::ProjectId project) {
    return s.forecasts.PricedRows(sql, org, financials::ProjectId(project.value));
  });
  s.forecasts.SetPublisher(*s.events);
  // The registry update takes over visiting and postal addresses through the addresses feature.
  s.registry.SetAddressPort(RegistryAddressPort(s.addresses));
  // Contacts let go of an address that is deleted.
  s.addresses.AddDeleteListener(
      [&s](soci::session& sql, const auth::Principal& caller, const addresses::Address& address,
           const std::string& now) { s.contacts.ReleaseAddress(sql, caller, address, now); });
  WireMoney(s);
}

}  // namespace

std::unique_ptr<events::EventBus> MakeEventBus(db::Database& db) {
  if (db.kind() == db::DbKind::kPostgres)
    return std::make_unique<events::PgEventBus>(db.url().connect_string);
  return std::make_unique<events::InProcessEventBus>();
}

Services::Services(db::Database& db, const registry::RegistryConfig& registry_config,
                   const std::filesystem::path& data_dir)
    : events(MakeEventBus(db)),
      users(db),
      auth(db),
      customers(db),
      addresses(db, customers),
      picklists(db),
      contacts(db, customers, addresses, picklists),
      contact_exports(db, customers, addresses),
      registry_client(std::make_unique<registry::CurlRegistryClient>(registry_config)),
      registry(db, customers, *registry_client),
      statuses(db),
      projects(db, customers, statuses),
      tasks(db, customers, projects, statuses),
      notes(db, customers),
      links(db, customers),
      files(db, customers, data_dir / "files"),
      activity_types(db),
      activities(db, customers, activity_types),
      calendar(db, activities),
      organization(db),
      vat_rates(db),
      work_types(db, organization),
      project_prices(db, projects, work_types),
      hours(db, projects, work_types, organization),
      fees(db, money_projects),
      forecasts(db, money_projects),
      financials(db, money_projects),
      invoice_statuses(db),
      invoices(db, invoice_statuses, money_projects, invoicing_port) {
  // Deactivation revokes, in its own transaction, what the user held; a sign-out, deactivation or role
  // change ends the user's live-update streams (on every server sharing the bus).
  users.AddDeactivationListener([this](soci::session& sql, OrgId org, UserId user, const std::string& now) {
    auth.RevokeCredentials(sql, org, user, now);
    calendar.RevokeFeed(sql, org, user);
  });
  users.SetRevoker(*events);
  auth.SetRevoker(*events);
  WireFeatures(*this);
}

App::App(db::Database& db, AppOptions options)
    : db_(db), services_(db, options.registry, options.data_dir), uploads_(options.max_uploads_per_user) {
  if (options.web_dir) static_files_.emplace(*options.web_dir);
  AddHealthRoutes(router_, db_);
  auth::AddAuthRoutes(router_, services_.auth, services_.users, options.public_url);
  users::AddUserRoutes(router_, services_.users);
  customers::AddCustomerRoutes(router_, services_.customers);
  addresses::AddAddressRoutes(router_, services_.addresses);
  contacts::AddContactRoutes(router_, services_.contacts);
  contacts::AddContactExportRoutes(router_, services_.contact_exports);
  contacts::AddPicklistRoutes(router_, services_.picklists);
  registry::AddRegistryRoutes(router_, services_.registry);
  statuses::AddStatusRoutes(router_, services_.statuses);
  projects::AddProjectRoutes(router_, services_.projects);
  tasks::AddTaskRoutes(router_, services_.tasks);
  notes::AddNoteRoutes(router_, services_.notes);
  files::AddLinkRoutes(router_, services_.links);
  files::AddFileRoutes(router_, services_.files);
  activities::AddActivityTypeRoutes(router_, services_.activity_types);
  activities::AddActivityRoutes(router_, services_.activities);
  calendar::AddCalendarRoutes(router_, services_.calendar, options.public_url, options.listening_origin);
  settings::AddOrganizationSettingsRoutes(router_, services_.organization);
  settings::AddVatRateRoutes(router_, services_.vat_rates);
  hours::AddWorkTypeRoutes(router_, services_.work_types);
  hours::AddProjectPriceRoutes(router_, services_.project_prices);
  hours::AddHourRoutes(router_, services_.hours);
  financials::AddFeeRoutes(router_, services_.fees);
  financials::AddForecastRoutes(router_, services_.forecasts);
  financials::AddFinancialsRoutes(router_, services_.financials);
  invoicing::AddInvoiceStatusRoutes(router_, services_.invoice_statuses);
  invoicing::AddInvoiceRoutes(router_, services_.invoices);
  AddEventRoutes(router_, *services_.events, options.event_streams);
  AddOpenApiRoute(router_);
}

bool App::IsUpload(http::Method method, std::string_view path) const {
  auto match = router_.Match(method, path);
  return match.route && match.route->doc.body == http::BodyKind::kUpload;
}

Result<auth::Principal> App::Authenticate(const Request& request) {
  if (auto header = request.headers.Get("Authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (header->substr(0, kBearer.size()) != kBearer) {
      return Error::Unauthenticated("Authorization must be: Bearer <token>");
    }
    return services_.auth.AuthenticateToken(std::string(header->substr(kBearer.size())));
  }
  auto cookie_header = request.headers.Get("Cookie");
  if (!cookie_header) return Error::Unauthenticated("Sign in to continue");
  auto cookies = http::ParseCookies(*cookie_header);
  auto it = cookies.find(auth::kSessionCookie);
  if (it == cookies.end() || it->second.empty()) return Error::Unauthenticated("Sign in to continue");
  auto principal = services_.auth.AuthenticateSession(it->second);
  if (!principal.ok()) return principal;
  // Cookies ride along on cross-site requests; the CSRF token in a header proves the page is ours.
  if (http::IsUnsafe(request.method)) {
    auto token = request.headers.Get("X-CSRF-Token");
    if (!token || !auth::ConstantTimeEquals(*token, principal->csrf_token)) {
      return Error::Forbidden("Missing or wrong X-CSRF-Token header");
    }
  }
  return principal;
}

Result<auth::Principal> App::CallerOf(const Request& request, const http::Route& route) {
  auth::Principal principal;
  if (const auto* state = static_cast<const PreflightState*>(request.preflight.get())) {
    principal = state->principal;
  } else {
    CLIENTELE_TRY(authenticated, Authenticate(request));
    principal = std::move(authenticated);
  }
  if (route.gate) {
    if (auto refused = route.gate(principal)) return std::move(*refused);
  }
  return principal;
}

std::optional<Response> App::Preflight(Request& request) {
  if (!IsApiPath(request.path)) return std::nullopt;
  auto match = router_.Match(request.method, request.path);
  if (!match.route) return NoRoute(request, match);
  const http::Route& route = *match.route;
  auto state = std::make_shared<PreflightState>();
  if (route.access == Access::kSignedIn) {
    auto principal = CallerOf(request, route);
    if (!principal.ok()) return http::ErrorResponse(principal.error());
    state->principal = std::move(principal).value();
    if (route.doc.body == http::BodyKind::kUpload) {
      state->upload_slot = uploads_.TryAcquire(state->principal.user);
      if (!state->upload_slot) {
        Error busy{ErrorCode::kTooManyRequests, "Too many uploads in progress; wait for one to finish"};
        busy.retry_after_seconds = 1;
        return http::ErrorResponse(busy);
      }
    }
    request.preflight = std::move(state);
  }
  if (route.doc.body == http::BodyKind::kJson && !http::IsJsonMediaType(request.headers.Get("Content-Type")))
    return http::ErrorResponse(UnsupportedMediaType());
  return std::nullopt;
}

Response App::Dispatch(Request& request) {
  if (!IsApiPath(request.path) && static_files_ &&
      (request.method == Method::kGet || request.method == Method::kHead)) {
    if (auto file = static_files_->Serve(request)) return std::move(*file);
    return http::ErrorResponse(Error::NotFound("No such file"));
  }
  auto match = router_.Match(request.method, request.path);
  if (!match.route) return NoRoute(request, match);
  auto query = http::ParseQuery(request.query);
  if (!query) return http::ErrorResponse(Error::BadRequest("The query string has a broken %-escape"));
  RequestContext ctx{request, std::move(match.params), std::move(*query), std::nullopt};
  if (match.route->access == Access::kSignedIn) {
    auto principal = CallerOf(request, *match.route);
    if (!principal.ok()) return http::ErrorResponse(principal.error());
    ctx.principal = std::move(principal).value();
  }
  if (match.route->doc.body == http::BodyKind::kJson && !request.body.empty() &&
      !http::IsJsonMediaType(request.headers.Get("Content-Type")))
    return http::ErrorResponse(UnsupportedMediaType());
  Response response = match.route->handler(ctx);
  if (!response.headers.Get("Cache-Control")) response.headers.Set("Cache-Control", "no-store");
  response.headers.Set("X-Content-Type-Options", "nosniff");
  return response;
}

void App::LogAccess(const Request& request, int status, double milliseconds) const {
  spdlog::info("{} {} {} {:.2f}ms id={}", http::MethodName(request.method), LoggedTarget(router_, request),
               status, milliseconds, request.request_id);
}

Response App::Handle(Request& request) {
  try {
    return Dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, http::MethodName(request.method),
                  LoggedTarget(router_, request), LoggableError(e));
  } catch (...) {
    spdlog::error("request {} {} {} failed with an unknown exception", request.request_id,
                  http::MethodName(request.method), LoggedTarget(router_, request));
  }
  return http::ErrorResponse(
      {ErrorCode::kInternal, "Internal error; the log has request " + request.request_id});
}

}  // namespace clientele::app
