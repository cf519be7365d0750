#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "platform/http/server.hpp"
#include "support/api_client.hpp"
#include "support/test_database.hpp"

namespace clientele::testing {

inline constexpr const char* kTestPassword = "correct-horse-battery";

/// Registry settings pointing at a closed local port, so that no test reaches the real registries.
registry::RegistryConfig OfflineRegistry();

/// The real server (the same App and HTTP server as `clientele serve`) on 127.0.0.1 at a free port, over a
/// fresh database, for one test.
class TestServer {
 public:
  struct Options {
    std::size_t max_body_bytes = 1 << 20;
    std::size_t max_upload_bytes = 25 * 1024 * 1024;
    std::optional<std::filesystem::path> web_dir;
    /// Where the registry client goes; registry tests point it at a FakeRegistry.
    registry::RegistryConfig registry = OfflineRegistry();
    /// Addresses for the registry update instead of the app's own wiring (the addresses feature): e.g. a
    /// FakeAddressBook's port, or an empty port for "no addresses".
    std::optional<registry::AddressPort> addresses;
    std::size_t max_event_streams = 1000;
    std::chrono::milliseconds event_heartbeat = std::chrono::seconds(15);
    /// How long one event stream may stay open, and how many one user and one organization may hold.
    std::chrono::milliseconds event_stream_lifetime = std::chrono::hours(1);
    std::size_t max_event_streams_per_user = 5;
    std::size_t max_event_streams_per_org = 200;
    /// The address users reach the server at; unset, links use the address the server listens on.
    std::optional<std::string> public_url;
    std::size_t max_connections = 8192;
    std::size_t max_connections_per_address = 1024;
    std::size_t max_uploads_per_user = 4;
  };

  TestServer() : TestServer(Options{}) {}
  explicit TestServer(Options options);
  ~TestServer();

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::uint16_t port() const { return port_; }
  ApiClient Client() const { return ApiClient(base_url()); }
  /// Stops the HTTP server as `clientele serve` does on SIGTERM (the destructor does it too).
  void Stop() { server_->Stop(); }
  app::App& app() { return *app_; }
  app::Services& services() { return app_->services(); }
  db::Database& db() { return database_.db(); }
  /// The database's URL ("sqlite:/tmp/…/test.db" or a PostgreSQL URL).
  const std::string& db_url() const { return database_.url(); }
  /// This server's own data directory (uploaded files under files/), removed with it.
  const std::filesystem::path& data_dir() const { return data_dir_; }

  /// An organization; the first call's is the default for CreateUser.
  users::Organization CreateOrg(const std::string& name);
  /// A user with kTestPassword in `org` (default: the last organization created).
  users::User CreateUser(const std::string& email, const std::string& role, const std::string& org = "");
  /// A client signed in as `email` (cookie session with CSRF token).
  ApiClient SignedIn(const std::string& email);

 private:
  TestDatabase database_;
  std::filesystem::path data_dir_;
  std::unique_ptr<app::App> app_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
  std::string last_org_;
};

}  // namespace clientele::testing
