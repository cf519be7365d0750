#include "support/test_server.hpp"

#include <random>
#include <stdexcept>

namespace clientele::testing {

registry::RegistryConfig OfflineRegistry() {
  registry::RegistryConfig config;
  config.fi_url = "http://127.0.0.1:1";
  config.no_url = "http://127.0.0.1:1";
  config.timeout = std::chrono::seconds(2);
  return config;
}

TestServer::TestServer(Options options) {
  std::random_device random;
  data_dir_ = std::filesystem::temp_directory_path() /
              ("clientele-data-" + std::to_string(random()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(data_dir_);
  app::AppOptions app_options{options.web_dir, options.registry, data_dir_};
  app_options.max_uploads_per_user = options.max_uploads_per_user;
  app_options.public_url = options.public_url;
  app_options.event_streams.lifetime = options.event_stream_lifetime;
  app_options.event_streams.max_per_user = options.max_event_streams_per_user;
  app_options.event_streams.max_per_org = options.max_event_streams_per_org;
  // The port is known only once the server listens (port 0), after the app exists.
  app_options.listening_origin = [this] { return base_url(); };
  app_ = std::make_unique<app::App>(database_.db(), std::move(app_options));
  if (options.addresses) services().registry.SetAddressPort(*options.addresses);
  http::ServerOptions server_options;
  server_options.host = "127.0.0.1";
  server_options.port = 0;
  server_options.worker_threads = 4;
  server_options.max_body_bytes = options.max_body_bytes;
  server_options.max_upload_bytes = options.max_upload_bytes;
  server_options.max_event_streams = options.max_event_streams;
  server_options.event_heartbeat = options.event_heartbeat;
  server_options.spool_dir = data_dir_ / "spool";
  server_options.max_connections = options.max_connections;
  server_options.max_connections_per_address = options.max_connections_per_address;
  server_options.preflight = [this](http::Request& r) { return app_->Preflight(r); };
  server_options.is_upload = [this](http::Method method, std::string_view path) {
    return app_->IsUpload(method, path);
  };
  server_ = std::make_unique<http::Server>(
      server_options, [this](http::Request& r) { return app_->Handle(r); }, nullptr);
  port_ = server_->Start();  // listening once this returns: no wait needed
}

TestServer::~TestServer() {
  server_->Stop();
  server_.reset();
  app_.reset();
  std::error_code ec;
  std::filesystem::remove_all(data_dir_, ec);
}

users::Organization TestServer::CreateOrg(const std::string& name) {
  auto org = services().users.CreateOrganization(name);
  if (!org.ok()) throw std::runtime_error("CreateOrg: " + org.error().message);
  last_org_ = name;
  return org.value();
}

users::User TestServer::CreateUser(const std::string& email, const std::string& role,
                                   const std::string& org) {
  auto user = services().users.CreateUserInOrganization(
      org.empty() ? last_org_ : org, role, users::NewUser{email, email, RoleId(), kTestPassword});
  if (!user.ok()) throw std::runtime_error("CreateUser: " + user.error().message);
  return user.value();
}

ApiClient TestServer::SignedIn(const std::string& email) {
  ApiClient client = Client();
  auto result = client.Login(email, kTestPassword);
  if (result.status != 200) throw std::runtime_error("sign-in failed for " + email + ": " + result.body);
  return client;
}

}  // namespace clientele::testing
