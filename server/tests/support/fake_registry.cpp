// Boost 1.74's Asio headers use std::exchange without including <utility> (DESIGN.md §9).
#include <utility>

#include "support/fake_registry.hpp"

#include <sys/socket.h>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

namespace clientele::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

std::string ReadRegistryFixture(const std::string& name) {
  std::ifstream in(std::string(CLIENTELE_REGISTRY_FIXTURES) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing registry fixture " + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

namespace {

struct Route {
  std::string country;
  std::string path;
  std::map<std::string, std::string> query;  // a "*" value: served on demand only
  FakeRegistry::Answer answer;
};

std::map<std::string, std::string> ParseQuery(std::string_view query) {
  std::map<std::string, std::string> out;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto pair = query.substr(0, amp);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos) out[std::string(pair.substr(0, eq))] = std::string(pair.substr(eq + 1));
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
  }
  return out;
}

std::string CountryOfPath(std::string_view path) {
  if (path.rfind("/opendata-ytj-api/", 0) == 0) return "FI";
  if (path.rfind("/enhetsregisteret/", 0) == 0) return "NO";
  return "";
}

}  // namespace

struct FakeRegistry::Impl {
  asio::io_context io;
  tcp::acceptor acceptor{io};
  std::uint16_t port = 0;
  std::vector<Route> routes;
  std::thread accept_thread;

  mutable std::mutex mutex;
  std::condition_variable changed;
  bool stopping = false;
  bool stalled = false;
  int drop = 0;
  int count = 0;
  std::optional<Seen> last;
  std::map<std::string, Answer> overrides;  // by country
  std::vector<std::thread> connections;
  std::vector<int> open_sockets;

  void LoadManifest() {
    auto manifest = nlohmann::json::parse(ReadRegistryFixture("manifest.json"));
    for (const auto& r : manifest["routes"]) {
      Route route;
      route.country = r["registry"];
      route.path = r["path"];
      if (r.contains("query")) {
        for (const auto& [key, value] : r["query"].items()) route.query[key] = value.get<std::string>();
      }
      route.answer = FromFile(r["status"], r["body"], r["contentType"]);
      routes.push_back(std::move(route));
    }
  }

  Answer Choose(const std::string& path, const std::map<std::string, std::string>& query) {
    {
      std::lock_guard lock(mutex);
      if (auto it = overrides.find(CountryOfPath(path)); it != overrides.end()) return it->second;
    }
    for (const auto& route : routes) {
      if (route.path != path) continue;
      bool matches = true;
      for (const auto& [key, value] : route.query) {
        auto it = query.find(key);
        matches = matches && value != "*" && it != query.end() && it->second == value;
      }
      if (matches) return route.answer;
    }
    return Answer{404, "application/json", "", {}};
  }

  void Serve(tcp::socket socket) {
    beast::flat_buffer buffer;
    beast::error_code ec;
    for (;;) {
      bhttp::request<bhttp::string_body> request;
      bhttp::read(socket, buffer, request, ec);
      if (ec) break;
      Seen seen;
      seen.method = std::string(request.method_string());
      seen.target = std::string(request.target());
      for (const auto& field : request) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        seen.headers[name] = std::string(field.value());
      }
      {
        std::unique_lock lock(mutex);
        ++count;
        last = seen;
        if (drop > 0) {
          --drop;
          break;
        }
        changed.wait(lock, [this] { return !stalled || stopping; });
        if (stopping) break;
      }
      const std::string target = seen.target;
      const auto q = target.find('?');
      const auto query =
          ParseQuery(q == std::string::npos ? std::string_view() : std::string_view(target).substr(q + 1));
      Answer answer = Choose(target.substr(0, q), query);
      bhttp::response<bhttp::string_body> response{static_cast<bhttp::status>(answer.status),
                                                   request.version()};
      response.set(bhttp::field::server, "fake-registry");
      if (!answer.content_type.empty()) response.set(bhttp::field::content_type, answer.content_type);
      for (const auto& [name, value] : answer.headers) response.set(name, value);
      response.body() = answer.body;
      response.keep_alive(request.keep_alive());
      response.prepare_payload();
      bhttp::write(socket, response, ec);
      if (ec || !request.keep_alive()) break;
    }
    {
      // Forgotten before it is closed, so that Stop never shuts down a descriptor number reused elsewhere.
      std::lock_guard lock(mutex);
      std::erase(open_sockets, socket.native_handle());
    }
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
  }

  void AcceptLoop() {
    for (;;) {
      beast::error_code ec;
      tcp::socket socket(io);
      acceptor.accept(socket, ec);
      std::lock_guard lock(mutex);
      if (stopping) return;
      if (ec) continue;
      open_sockets.push_back(socket.native_handle());
      connections.emplace_back([this, s = std::move(socket)]() mutable { Serve(std::move(s)); });
    }
  }
};

FakeRegistry::FakeRegistry() : impl_(std::make_unique<Impl>()) {
  impl_->LoadManifest();
  tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen();
  impl_->port = impl_->acceptor.local_endpoint().port();
  impl_->accept_thread = std::thread([this] { impl_->AcceptLoop(); });
}

FakeRegistry::~FakeRegistry() {
  std::vector<std::thread> connections;
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
    // Wakes connection threads blocked in a read.
    for (int fd : impl_->open_sockets) ::shutdown(fd, SHUT_RDWR);
  }
  impl_->changed.notify_all();
  {
    // A connection of our own gets the accept loop out of its blocking accept.
    beast::error_code ec;
    asio::io_context io;
    tcp::socket wake(io);
    wake.connect({asio::ip::make_address("127.0.0.1"), impl_->port}, ec);
  }
  impl_->accept_thread.join();
  {
    std::lock_guard lock(impl_->mutex);
    connections = std::move(impl_->connections);
  }
  for (auto& t : connections) t.join();
}

std::string FakeRegistry::url() const { return "http://127.0.0.1:" + std::to_string(impl_->port); }

registry::RegistryConfig FakeRegistry::Config(std::chrono::milliseconds timeout) const {
  registry::RegistryConfig config;
  config.fi_url = url();
  config.no_url = url();
  config.timeout = timeout;
  return config;
}

FakeRegistry::Answer FakeRegistry::FromFile(int status, const std::string& file,
                                            const std::string& content_type) {
  return Answer{status, content_type, ReadRegistryFixture(file), {}};
}

void FakeRegistry::AnswerAll(const std::string& country, Answer answer) {
  std::lock_guard lock(impl_->mutex);
  impl_->overrides[country] = std::move(answer);
}

void FakeRegistry::Throttle(std::optional<std::string> retry_after) {
  for (const auto& route : impl_->routes) {
    auto it = route.query.find("businessId");
    if (route.country == "FI" && it != route.query.end() && it->second == "*") {
      Answer answer = route.answer;
      if (retry_after) answer.headers["Retry-After"] = *retry_after;
      AnswerAll("FI", answer);
      return;
    }
  }
  throw std::runtime_error("the manifest has no on-demand FI route");
}

void FakeRegistry::Stall() {
  std::lock_guard lock(impl_->mutex);
  impl_->stalled = true;
}

void FakeRegistry::Release() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stalled = false;
  }
  impl_->changed.notify_all();
}

void FakeRegistry::DropNext(int count) {
  std::lock_guard lock(impl_->mutex);
  impl_->drop = count;
}

int FakeRegistry::requests() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->count;
}

std::optional<FakeRegistry::Seen> FakeRegistry::last_request() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->last;
}

}  // namespace clientele::testing
