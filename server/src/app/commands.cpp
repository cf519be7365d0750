#include "app/commands.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <memory>

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "app/datagen.hpp"
#include "app/demo.hpp"
#include "app/log_redaction.hpp"
#include "platform/db/migrator.hpp"
#include "platform/http/server.hpp"

namespace clientele::app {

namespace {

/// Opens (creating the SQLite file's folder) and migrates; nullptr after printing why it failed.
std::unique_ptr<db::Database> OpenDatabase(const std::string& url_text, std::size_t pool_size) {
  auto url = db::ParseDbUrl(url_text);
  if (!url.ok()) {
    std::cerr << "error: --db: " << url.error().fields.front().message << "\n";
    return nullptr;
  }
  try {
    if (url->kind == db::DbKind::kSqlite) {
      auto parent = std::filesystem::path(url->path).parent_path();
      if (!parent.empty()) std::filesystem::create_directories(parent);
    }
    auto db = db::Database::Open(url.value(), pool_size);
    for (const auto& id : db::Migrate(*db)) spdlog::info("applied migration {}", id);
    return db;
  } catch (const std::exception& e) {
    std::cerr << "error: cannot open database " << WithoutPassword(url_text) << ": " << LoggableError(e)
              << "\n";
    return nullptr;
  }
}

int Fail(const Error& error) {
  std::cerr << "error: " << error.message;
  for (const auto& f : error.fields) std::cerr << "\n  " << f.field << ": " << f.message;
  std::cerr << "\n";
  return 1;
}

std::optional<std::filesystem::path> FindWebDir(const ServeOptions& options, const char* argv0) {
  if (options.web_dir) return std::filesystem::path(*options.web_dir);
  // The checkout's build output: ./web/dist from the repository root, or beside build/server/clientele.
  std::vector<std::filesystem::path> candidates = {"web/dist"};
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / "../../web/dist");
  (void)argv0;
  for (const auto& c : candidates) {
    if (std::filesystem::exists(c / "index.html", ec)) return std::filesystem::weakly_canonical(c, ec);
  }
  return std::nullopt;
}

bool ParseListen(const std::string& listen, http::ServerOptions& out) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  out.host = listen.substr(0, colon);
  try {
    const int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) return false;
    out.port = static_cast<std::uint16_t>(port);
  } catch (const std::exception&) {
    return false;
  }
  return !out.host.empty();
}

}  // namespace

void InitLogging() { spdlog::set_default_logger(spdlog::stderr_color_mt("cli")); }

/// Logs through a background thread: a request never waits for stderr. Under overload the oldest lines go.
void UseAsyncLogger(const std::string& level) {
  spdlog::init_thread_pool(16384, 1);
  auto logger = spdlog::create_async_nb<spdlog::sinks::stderr_sink_mt>("clientele");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::from_str(level));
  spdlog::flush_every(std::chrono::seconds(1));
}

int RunServe(const ServeOptions& options, const char* argv0) {
  UseAsyncLogger(options.log_level);
  http::ServerOptions server_options;
  if (!ParseListen(options.listen, server_options)) {
    std::cerr << "error: --listen must be HOST:PORT, e.g. 127.0.0.1:8080\n";
    return 2;
  }
  server_options.worker_threads = options.threads;
  server_options.io_threads = options.io_threads;
  server_options.max_body_bytes = options.max_body_bytes;
  server_options.max_upload_bytes = options.max_upload_bytes;
  server_options.max_connections = options.max_connections;
  server_options.max_connections_per_address = options.max_connections_per_address;
  // Under the data directory, so that a finished upload moves into the blob store by a rename.
  server_options.spool_dir = std::filesystem::path(options.data_dir) / "spool";
  auto db = OpenDatabase(options.db_url, static_cast<std::size_t>(options.threads) + 2);
  if (!db) return 1;
  AppOptions app_options;
  app_options.web_dir = FindWebDir(options, argv0);
  app_options.data_dir = options.data_dir;
  app_options.public_url = options.public_url;
  // The port is known once the server listens (--listen …:0 picks a free one); feed URLs need the real one.
  auto bound_port = std::make_shared<std::atomic<std::uint16_t>>(0);
  app_options.listening_origin = [bound_port, host = server_options.host, listen = options.listen] {
    const auto port = bound_port->load();
    return port == 0 ? "http://" + listen : "http://" + host + ":" + std::to_string(port);
  };
  app_options.max_uploads_per_user = options.max_uploads_per_user;
  app_options.registry.fi_url = options.registry_fi_url;
  app_options.registry.no_url = options.registry_no_url;
  // Registry calls hold a worker while they wait; leave at least half of the workers to everything else.
  app_options.registry.max_concurrent = std::max(1, options.threads / 2);
  const bool has_web_dir = app_options.web_dir.has_value();
  App app(*db, std::move(app_options));
  server_options.is_upload = [&app](http::Method method, std::string_view path) {
    return app.IsUpload(method, path);
  };
  server_options.preflight = [&app](http::Request& request) { return app.Preflight(request); };
  if (options.load_demo_if_empty) {
    auto demo = LoadDemoIfEmpty(app.services());
    if (!demo.ok()) return Fail(demo.error());
    PrintDemoLogins(std::cout);
  }
  http::Server server(
      server_options, [&app](http::Request& request) { return app.Handle(request); },
      [&app](const http::Request& request, int status, double ms) { app.LogAccess(request, status, ms); });
  std::uint16_t port = 0;
  try {
    port = server.Start();
    bound_port->store(port);
  } catch (const std::exception& e) {
    std::cerr << "error: cannot listen on " << options.listen << ": " << e.what() << "\n";
    return 1;
  }
  server.HandleSignals();
  if (!has_web_dir) spdlog::warn("no web app found (build it with `make web`); serving the API only");
  std::cout << "Listening on http://" << server_options.host << ":" << port << std::endl;
  server.Wait();
  spdlog::info("stopped");
  spdlog::shutdown();
  return 0;
}

int RunMigrate(const std::string& db_url) { return OpenDatabase(db_url, 1) ? 0 : 1; }

int RunOrgAdd(const std::string& db_url, const std::string& name) {
  auto db = OpenDatabase(db_url, 1);
  if (!db) return 1;
  users::UserService users(*db);
  auto org = users.CreateOrganization(name);
  if (!org.ok()) return Fail(org.error());
  std::cout << org->id.value << std::endl;
  return 0;
}

int RunUserAdd(const std::string& db_url, const std::string& org, const std::string& email,
               const std::string& name, const std::string& role) {
  std::string password;
  std::getline(std::cin, password);
  auto db = OpenDatabase(db_url, 1);
  if (!db) return 1;
  users::UserService users(*db);
  auto user = users.CreateUserInOrganization(org, role, users::NewUser{email, name, RoleId(), password});
  if (!user.ok()) return Fail(user.error());
  std::cout << user->id.value << std::endl;
  return 0;
}

int RunTokenAdd(const std::string& db_url, const std::string& email, const std::string& label) {
  auto db = OpenDatabase(db_url, 1);
  if (!db) return 1;
  auth::AuthService auth(*db);
  auto token = auth.CreateTokenForEmail(email, label);
  if (!token.ok()) return Fail(token.error());
  std::cout << token->secret << std::endl;
  return 0;
}

int RunDemo(const std::string& db_url, const std::string& size_name, std::uint64_t seed) {
  auto db = OpenDatabase(db_url, 1);
  if (!db) return 1;
  if (!size_name.empty()) {
    auto size = ParseDataSize(size_name);
    if (!size) {
      std::cerr << "error: --size must be S, M, L or XL\n";
      return 2;
    }
    auto generated = GenerateData(*db, *size, seed);
    if (!generated.ok()) return Fail(generated.error());
    std::cout << "Generated \"" << generated->org_name << "\": " << generated->rows << " rows in "
              << generated->seconds << " s (" << static_cast<long long>(generated->rows / generated->seconds)
              << " rows/s). Sign in as " << generated->admin_email << " / clientele-demo" << std::endl;
    return 0;
  }
  Services services(*db);
  auto demo = LoadDemoIfEmpty(services);
  if (!demo.ok()) return Fail(demo.error());
  PrintDemoLogins(std::cout);
  return 0;
}

}  // namespace clientele::app
