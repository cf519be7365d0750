#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"

namespace clientele::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t max_body_bytes = 1 << 20;
  /// The larger limit for the requests `is_upload` picks (file uploads, read as raw bodies).
  std::size_t max_upload_bytes = 25 * 1024 * 1024;
  std::function<bool(Method method, std::string_view path)> is_upload;
  /// Open Server-Sent Events streams at most; one more is answered 503.
  std::size_t max_event_streams = 1000;
  /// A comment line on an event stream that had nothing to say for this long keeps proxies from closing it.
  std::chrono::milliseconds event_heartbeat = std::chrono::seconds(15);
  /// Where upload bodies are written as they arrive (Request::spooled); empty keeps them in memory.
  std::filesystem::path spool_dir;
  /// Open connections at most, in all and from one client address (0: no cap); one more is answered 503
  /// and closed. Behind a reverse proxy every client has the proxy's address: raise the per-address cap.
  std::size_t max_connections = 8192;
  std::size_t max_connections_per_address = 1024;
  /// Checks a request that has a body from its head alone, before a byte of the body is read
  /// (authentication, the route's permission, the media type). A response refuses the request: the body is
  /// then never stored, and the connection closes. Runs on a worker thread; absent, every body is read.
  std::function<std::optional<Response>(Request&)> preflight;
};

/// Turns one complete request into one response. Runs on a worker thread, never on an io thread. A response
/// with a `stream` is then sent from the io side as events come, without holding the worker.
using RequestHandler = std::function<Response(Request&)>;

/// Called with every finished exchange, for the access log.
using AccessLogger = std::function<void(const Request&, int status, double milliseconds)>;

/// HTTP/1.1 server on Boost.Beast with C++20 coroutines: network I/O on `io_threads`, handlers on a bounded
/// worker pool so that a slow query never stops the server from accepting and answering.
class Server {
 public:
  Server(ServerOptions options, RequestHandler handler, AccessLogger logger);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds and starts the threads; returns the bound port.
  std::uint16_t Start();
  /// Stops accepting, ends open event streams, lets in-flight requests finish (up to a grace period), then
  /// stops all threads.
  void Stop();
  /// Blocks until Stop() has completed (or SIGINT/SIGTERM when HandleSignals() was called).
  void Wait();
  /// Makes SIGINT and SIGTERM call Stop().
  void HandleSignals();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace clientele::http
