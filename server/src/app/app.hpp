#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "features/auth/auth_service.hpp"
#include "features/customers/customer_service.hpp"
#include "features/users/user_service.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace clientele::app {

/// The services of every feature over one database, and the routes that expose them.
struct Services {
  explicit Services(db::Database& db) : users(db), auth(db), customers(db) {}
  users::UserService users;
  auth::AuthService auth;
  customers::CustomerService customers;
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
