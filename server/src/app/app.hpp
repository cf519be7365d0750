#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/event_routes.hpp"
#include "app/upload_slots.hpp"
#include "features/activities/activity_service.hpp"
#include "features/activities/activity_type_service.hpp"
#include "features/addresses/address_service.hpp"
#include "features/auth/auth_service.hpp"
#include "features/calendar/calendar_service.hpp"
#include "features/contacts/contact_export_service.hpp"
#include "features/contacts/contact_service.hpp"
#include "features/contacts/picklist_service.hpp"
#include "features/customers/customer_service.hpp"
#include "features/files/file_service.hpp"
#include "features/files/link_service.hpp"
#include "features/financials/fee_service.hpp"
#include "features/financials/financials_service.hpp"
#include "features/financials/forecast_service.hpp"
#include "features/hours/hour_service.hpp"
#include "features/hours/project_price_service.hpp"
#include "features/hours/work_type_service.hpp"
#include "features/invoicing/invoice_port.hpp"
#include "features/invoicing/invoice_service.hpp"
#include "features/invoicing/invoice_status_service.hpp"
#include "features/notes/note_service.hpp"
#include "features/projects/project_service.hpp"
#include "features/registry/registry_client.hpp"
#include "features/registry/registry_service.hpp"
#include "features/settings/organization_settings_service.hpp"
#include "features/settings/vat_rate_service.hpp"
#include "features/statuses/status_service.hpp"
#include "features/tasks/task_service.hpp"
#include "features/users/user_service.hpp"
#include "platform/db/database.hpp"
#include "platform/events/in_process_bus.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace clientele::app {

/// The event bus for `db`: in-process with SQLite (one server), LISTEN/NOTIFY with PostgreSQL, where several
/// servers may share the database (DESIGN.md §8).
std::unique_ptr<events::EventBus> MakeEventBus(db::Database& db);

/// The services of every feature over one database, and the routes that expose them.
struct Services {
  /// Every feature, wired to the others it needs (attachment probes, ports, publishers, listeners), so the
  /// server, the demo and data commands and the benches all run the same rules.
  explicit Services(db::Database& db, const registry::RegistryConfig& registry_config = {},
                    const std::filesystem::path& data_dir = "./data");
  Services(const Services&) = delete;
  Services& operator=(const Services&) = delete;

  /// Live updates: the services publish committed changes, /api/v1/events streams them (DESIGN.md §8).
  std::unique_ptr<events::EventBus> events;
  users::UserService users;
  auth::AuthService auth;
  customers::CustomerService customers;
  addresses::AddressService addresses;
  contacts::PicklistService picklists;
  contacts::ContactService contacts;
  contacts::ContactExportService contact_exports;
  std::unique_ptr<registry::RegistryClient> registry_client;
  registry::RegistryService registry;
  statuses::StatusService statuses;
  projects::ProjectService projects;
  tasks::TaskService tasks;
  notes::NoteService notes;
  files::LinkService links;
  files::FileService files;
  activities::ActivityTypeService activity_types;
  activities::ActivityService activities;
  calendar::CalendarService calendar;
  settings::OrganizationSettingsService organization;
  settings::VatRateService vat_rates;
  hours::WorkTypeService work_types;
  hours::ProjectPriceService project_prices;
  hours::HourService hours;
  /// The financials' view of projects, customers and the organization (wired by the constructor).
  financials::ProjectPort money_projects;
  financials::FeeService fees;
  financials::ForecastService forecasts;
  financials::FinancialsService financials;
  /// Invoicing plugs its "invoices use this status" probe in with AddUsageProbe.
  invoicing::InvoiceStatusService invoice_statuses;
  /// Invoicing's view of customers, the organization and its VAT rates (wired by the constructor).
  invoicing::InvoicingPort invoicing_port;
  invoicing::InvoiceService invoices;
};

/// How `clientele serve` (or a test) configures the app.
struct AppOptions {
  std::optional<std::filesystem::path> web_dir;
  registry::RegistryConfig registry;
  /// Uploaded files live under `<data_dir>/files`.
  std::filesystem::path data_dir = "./data";
  /// The address users reach the server at (e.g. https://crm.example.com behind a proxy), for links that
  /// leave the app such as calendar feed URLs, and the origin sign-in accepts.
  std::optional<std::string> public_url;
  /// Without public_url: the origin of the address the server listens on (http://127.0.0.1:8080). Never the
  /// request's Host header, which any client can forge. A function: with port 0 the port is known only
  /// once the server listens.
  std::function<std::string()> listening_origin;
  /// Lifetime and per-user and per-organization caps of live-update streams (GET /api/v1/events).
  EventStreamPolicy event_streams;
  /// Uploads one user may have in progress at once; one more is answered 429.
  std::size_t max_uploads_per_user = 4;
};

/// Turns a request into a response: routing, authentication, CSRF, errors, static files.
class App {
 public:
  App(db::Database& db, AppOptions options);

  http::Response Handle(http::Request& request);
  const http::Router& router() const { return router_; }
  /// Whether the request goes to a route that reads a raw upload body (the HTTP server's larger limit).
  bool IsUpload(http::Method method, std::string_view path) const;
  /// Settles a request that has a body from its head alone, before the body is read
  /// (http::ServerOptions::preflight): an unknown route, a wrong media type, a missing or invalid session or
  /// token, a route's gate or too many uploads at once refuse it. What it learned rides on the request.
  std::optional<http::Response> Preflight(http::Request& request);
  /// The access-log line of one exchange, with secrets in the target masked.
  void LogAccess(const http::Request& request, int status, double milliseconds) const;
  Services& services() { return services_; }

 private:
  http::Response Dispatch(http::Request& request);
  Result<auth::Principal> Authenticate(const http::Request& request);
  /// The caller of a signed-in route: from the preflight when it ran, else from the headers now.
  Result<auth::Principal> CallerOf(const http::Request& request, const http::Route& route);

  db::Database& db_;
  Services services_;
  http::Router router_;
  std::optional<http::StaticFiles> static_files_;
  UploadSlots uploads_;
};

}  // namespace clientele::app
