#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "features/addresses/address_service.hpp"
#include "features/auth/auth_service.hpp"
#include "features/contacts/contact_export_service.hpp"
#include "features/contacts/contact_service.hpp"
#include "features/contacts/picklist_service.hpp"
#include "features/customers/customer_service.hpp"
#include "features/users/user_service.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace clientele::app {

/// The services of every feature over one database, and the routes that expose them.
struct Services {
  explicit Services(db::Database& db)
      : users(db),
        auth(db),
        customers(db),
        addresses(db, customers),
        picklists(db),
        contacts(db, customers, addresses, picklists),
        contact_exports(db, customers, addresses) {}
  users::UserService users;
  auth::AuthService auth;
  customers::CustomerService customers;
  addresses::AddressService addresses;
  contacts::PicklistService picklists;
  contacts::ContactService contacts;
  contacts::ContactExportService contact_exports;
};

/// Turns a request into a response: routing, authentication, CSRF, errors, static files.
class App {
 public:
  App(db::Database& db, std::optional<std::filesystem::path> web_dir);

  http::Response Handle(http::Request& request);
  const http::Router& router() const { return router_; }
  Services& services() { return services_; }

 private:
  http::Response Dispatch(http::Request& request);
  Result<auth::Principal> Authenticate(const http::Request& request);

  db::Database& db_;
  Services services_;
  http::Router router_;
  std::optional<http::StaticFiles> static_files_;
};

}  // namespace clientele::app
