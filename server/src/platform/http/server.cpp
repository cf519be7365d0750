// Boost 1.74's awaitable.hpp uses std::exchange without including <utility> (DESIGN.md §9).
#include <utility>

#include "platform/http/server.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "platform/http/beast_messages.hpp"
#include "platform/http/body_spool.hpp"
#include "platform/http/connection_limits.hpp"
#include "platform/http/event_streams.hpp"
#include "platform/http/respond.hpp"
#include "platform/http/url.hpp"

namespace clientele::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace fs = std::filesystem;
using tcp = asio::ip::tcp;
using detail::ClosingError;
using detail::ToBeast;

namespace {

constexpr auto kIdleTimeout = std::chrono::seconds(60);
constexpr auto kShutdownGrace = std::chrono::seconds(10);
constexpr std::size_t kMaxHeaderBytes = 32 * 1024;
/// Uploads travel from the socket to the spool file in pieces of this size.
constexpr std::size_t kSpoolChunk = 64 * 1024;
/// A refused request's body is read and dropped up to this much, for this long, before the connection closes.
constexpr std::size_t kMaxDrainBytes = 1024 * 1024;
constexpr auto kDrainTime = std::chrono::seconds(5);

/// Request ids: a random per-process prefix and a counter, unique enough to find one request in the logs.
class RequestIds {
 public:
  RequestIds() {
    std::random_device rd;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", rd());
    prefix_ = buf;
  }
  std::string Next() { return prefix_ + "-" + std::to_string(counter_.fetch_add(1) + 1); }

 private:
  std::string prefix_;
  std::atomic<std::uint64_t> counter_{0};
};

}  // namespace

struct Server::Impl {
  ServerOptions options;
  RequestHandler handler;
  AccessLogger logger;
  asio::io_context io;
  std::unique_ptr<asio::thread_pool> workers;
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io};
  std::vector<std::thread> io_threads;
  RequestIds ids;
  std::unique_ptr<EventStreams> streams;
  std::shared_ptr<ConnectionLimits> connections;

  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::condition_variable cv;
  bool stop_requested = false;
  bool shut_down = false;
  bool started = false;

  bool IsUpload(const Request& req) const {
    return options.is_upload && options.is_upload(req.method, req.path);
  }

  /// The body limit of a request: the upload limit for upload routes, the general one otherwise.
  std::size_t BodyLimit(const Request& req) const {
    return IsUpload(req) ? options.max_upload_bytes : options.max_body_bytes;
  }

  /// Reads the body into `req.body`.
  asio::awaitable<void> ReadInMemory(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                     bhttp::request_parser<bhttp::empty_body>& head, std::size_t limit,
                                     Request& req, boost::system::error_code& ec) {
    bhttp::request_parser<bhttp::string_body> parser(std::move(head));
    parser.body_limit(limit);
    co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
    if (!ec) req.body = std::move(parser.get().body());
  }

  /// Writes the body to a spool file piece by piece (`req.spooled`); false when the disk refused it.
  asio::awaitable<bool> ReadSpooled(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                    bhttp::request_parser<bhttp::empty_body>& head, std::size_t limit,
                                    Request& req, boost::system::error_code& ec) {
    bhttp::request_parser<bhttp::buffer_body> parser(std::move(head));
    parser.body_limit(limit);
    std::optional<BodySpool> spool;
    std::vector<char> chunk(kSpoolChunk);
    try {
      spool.emplace(options.spool_dir);
      while (!parser.is_done()) {
        parser.get().body().data = chunk.data();
        parser.get().body().size = chunk.size();
        co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
        if (ec == bhttp::error::need_buffer) ec = {};
        if (ec) co_return true;
        spool->Write(chunk.data(), chunk.size() - parser.get().body().size);
      }
      req.spooled = spool->Finish();
    } catch (const std::exception&) {
      co_return false;
    }
    co_return true;
  }

  /// Writes the answer; a file answer streams the file from disk.
  asio::awaitable<void> WriteResponse(beast::tcp_stream& stream, Response& response, unsigned version,
                                      bool head, bool keep_alive, boost::system::error_code& ec) {
    if (response.file && !head) {
      bhttp::response<bhttp::file_body> out;
      out.version(version);
      beast::error_code open_ec;
      out.body().open(response.file->c_str(), beast::file_mode::scan, open_ec);
      if (!open_ec) {
        detail::CopyHead(response, out);
        out.prepare_payload();
        out.keep_alive(keep_alive);
        co_await bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
        co_return;
      }
      std::string id(response.headers.Get("X-Request-Id").value_or(""));
      response = ErrorResponse(Error::NotFound("The file is gone"));
      response.headers.Set("X-Request-Id", std::move(id));
    }
    std::optional<std::uintmax_t> file_size;
    if (response.file && head) {
      std::error_code size_ec;
      file_size = fs::file_size(*response.file, size_ec);
      if (size_ec) file_size = 0;
    }
    auto out = ToBeast(std::move(response), version, head);
    if (file_size) out.content_length(*file_size);
    out.keep_alive(keep_alive);
    co_await bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
  }

  /// Runs `work` on the worker pool and resumes the connection's coroutine on its io thread with its result.
  template <class T, class Work>
  asio::awaitable<T> OnWorker(Work work) {
    return asio::async_initiate<decltype(asio::use_awaitable), void(T)>(
        [this, work = std::move(work)](auto completion) mutable {
          asio::post(*workers, [work = std::move(work), completion = std::move(completion)]() mutable {
            T result = work();
            auto ex = asio::get_associated_executor(completion);
            asio::post(ex, [completion = std::move(completion), result = std::move(result)]() mutable {
              std::move(completion)(std::move(result));
            });
          });
        },
        asio::use_awaitable);
  }

  asio::awaitable<Response> RunHandler(Request& req) {
    return OnWorker<Response>([this, &req] {
      try {
        return handler(req);
      } catch (...) {
        return ErrorResponse(Error{ErrorCode::kInternal, "Internal error (request " + req.request_id + ")"});
      }
    });
  }

  /// The preflight's refusal of a request whose body has not been read, if any.
  asio::awaitable<std::optional<Response>> RunPreflight(Request& req) {
    return OnWorker<std::optional<Response>>([this, &req]() -> std::optional<Response> {
      try {
        return options.preflight(req);
      } catch (...) {
        return ErrorResponse(Error{ErrorCode::kInternal, "Internal error (request " + req.request_id + ")"});
      }
    });
  }

  /// Answers a request refused before its body was read, and closes. A client that sent
  /// `Expect: 100-continue` never sends the body; any other may be sending it already, so a bounded part of
  /// it is read and dropped after the answer, letting the client read the answer before the close (closing
  /// with unread data would reset the connection). Nothing of the body is kept.
  asio::awaitable<void> Refuse(beast::tcp_stream& stream, Response refusal, unsigned version,
                               bool body_follows) {
    boost::system::error_code ec;
    auto out = ToBeast(std::move(refusal), version, false);
    out.keep_alive(false);
    stream.expires_after(kDrainTime);
    co_await bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (!body_follows) co_return;
    std::vector<char> sink(kSpoolChunk);
    for (std::size_t dropped = 0; dropped < kMaxDrainBytes && !ec;) {
      dropped +=
          co_await stream.async_read_some(asio::buffer(sink), asio::redirect_error(asio::use_awaitable, ec));
    }
  }

  /// Ends one exchange: no longer in flight (what Shutdown waits for), and logged.
  void Finished(const Request& request, int status, std::chrono::steady_clock::time_point started_at) {
    if (in_flight.fetch_sub(1) == 1 && stopping.load()) cv.notify_all();
    if (logger) {
      logger(
          request, status,
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_at).count());
    }
  }

  /// Reads the body of a request whose head passed: to a spool file on upload routes, else into memory.
  /// `stored` is false when the disk refused the upload.
  asio::awaitable<void> ReadBody(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                 bhttp::request_parser<bhttp::empty_body>& head, Request& req, bool& stored,
                                 boost::system::error_code& ec) {
    if (detail::ExpectsContinue(head.get())) {
      bhttp::response<bhttp::empty_body> go_on;
      go_on.version(11);
      go_on.result(bhttp::status::continue_);
      co_await bhttp::async_write(stream, go_on, asio::redirect_error(asio::use_awaitable, ec));
      if (ec) co_return;
    }
    const std::size_t limit = BodyLimit(req);
    if (!options.spool_dir.empty() && IsUpload(req)) {
      stored = co_await ReadSpooled(stream, buffer, head, limit, req, ec);
    } else {
      co_await ReadInMemory(stream, buffer, head, limit, req, ec);
    }
  }

  asio::awaitable<void> Serve(tcp::socket socket, std::shared_ptr<ConnectionSlot> slot) {
    boost::system::error_code ec;
    socket.set_option(tcp::no_delay(true), ec);
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
      bhttp::request_parser<bhttp::empty_body> head;
      head.header_limit(kMaxHeaderBytes);
      // Beast checks a Content-Length against the limit as soon as it has the header, before the route is
      // known: the larger limit is in place until then and the route's own is checked below.
      head.body_limit(std::max(options.max_body_bytes, options.max_upload_bytes));
      stream.expires_after(kIdleTimeout);
      co_await bhttp::async_read_header(stream, buffer, head, asio::redirect_error(asio::use_awaitable, ec));
      std::optional<Request> request;
      bool stored = true;
      const auto started_at = std::chrono::steady_clock::now();
      if (!ec) {
        request = detail::ToRequest(head.get());
        if (!request) {
          auto res = ClosingError(ErrorCode::kBadRequest, "Malformed request target");
          co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
          break;
        }
        request->request_id = ids.Next();
        request->client_address = slot->address();
        if (head.content_length() && *head.content_length() > BodyLimit(*request)) {
          ec = bhttp::error::body_limit;
        } else if (!head.is_done()) {
          // Who is asking, and may they, is settled from the head: a refused body is never read or stored.
          if (options.preflight) {
            in_flight.fetch_add(1);
            auto refusal = co_await RunPreflight(*request);
            if (refusal) {
              refusal->headers.Set("X-Request-Id", request->request_id);
              const int status = refusal->status;
              co_await Refuse(stream, std::move(*refusal), head.get().version(),
                              !detail::ExpectsContinue(head.get()));
              Finished(*request, status, started_at);
              co_return;
            }
            in_flight.fetch_sub(1);
          }
          co_await ReadBody(stream, buffer, head, *request, stored, ec);
        }
      }
      if (ec == bhttp::error::body_limit) {
        auto res = ClosingError(ErrorCode::kPayloadTooLarge, "The request body is too large");
        co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
        break;
      }
      if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
          ec == asio::error::connection_reset || ec == asio::error::operation_aborted) {
        break;
      }
      if (ec) {
        auto res = ClosingError(ErrorCode::kBadRequest, "Malformed HTTP request");
        co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
        break;
      }
      if (!stored) {
        auto res = ClosingError(ErrorCode::kInternal, "The server could not store the upload");
        co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
        break;
      }
      const unsigned version = head.get().version();
      const bool keep_alive = head.get().keep_alive();
      stream.expires_never();
      in_flight.fetch_add(1);
      Response response = co_await RunHandler(*request);
      request->preflight.reset();  // what it held (an upload slot) is free before the client hears back
      if (request->spooled) {
        std::error_code rm;
        fs::remove(request->spooled->path, rm);  // unless the handler kept it
      }
      response.headers.Set("X-Request-Id", request->request_id);
      if (response.stream && request->method == Method::kHead) {
        response.stream->Close();  // the head of an event stream: nothing to stream
        response.stream.reset();
      }
      if (response.stream) {
        // The stream holds the connection until it ends; the connection closes afterwards.
        const int status = co_await streams->Serve(stream, response, version);
        Finished(*request, status, started_at);
        break;
      }
      const int status = response.status;
      const bool keep = keep_alive && !stopping.load();
      stream.expires_after(kIdleTimeout);
      co_await WriteResponse(stream, response, version, request->method == Method::kHead, keep, ec);
      Finished(*request, status, started_at);
      if (ec || !keep) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  }

  /// Answers a connection over the caps 503 and closes it, without reading a request.
  asio::awaitable<void> RefuseConnection(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    auto res = ClosingError(ErrorCode::kServiceUnavailable, "Too many open connections; try again shortly");
    res.set(bhttp::field::retry_after, "1");
    boost::system::error_code ec;
    stream.expires_after(kDrainTime);
    co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  }

  asio::awaitable<void> Accept() {
    for (;;) {
      boost::system::error_code ec;
      // Each connection on a strand of its own: an event stream's wake-ups come from other threads.
      tcp::socket socket(asio::make_strand(io));
      co_await acceptor.async_accept(socket, asio::redirect_error(asio::use_awaitable, ec));
      if (ec) {
        if (!acceptor.is_open()) co_return;
        // Out of file descriptors and similar: back off briefly instead of spinning.
        asio::steady_timer timer(io, std::chrono::milliseconds(50));
        co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        continue;
      }
      auto executor = socket.get_executor();
      auto address = socket.remote_endpoint(ec).address().to_string();
      if (auto slot = connections->TryOpen(std::move(address))) {
        asio::co_spawn(executor, Serve(std::move(socket), std::move(slot)), asio::detached);
      } else {
        asio::co_spawn(executor, RefuseConnection(std::move(socket)), asio::detached);
      }
    }
  }

  void RequestStop() {
    {
      std::lock_guard lock(mu);
      stop_requested = true;
    }
    cv.notify_all();
  }

  void Shutdown() {
    stopping = true;
    asio::post(io, [this] {
      boost::system::error_code ec;
      acceptor.close(ec);
      signals.cancel(ec);
    });
    // Event streams never finish on their own: end them, or the grace period below would always run out.
    streams->StopAll();
    {
      std::unique_lock lock(mu);
      cv.wait_for(lock, kShutdownGrace, [this] { return in_flight.load() == 0; });
    }
    io.stop();
    for (auto& t : io_threads) t.join();
    io_threads.clear();
    workers->join();
    std::lock_guard lock(mu);
    shut_down = true;
  }
};

Server::Server(ServerOptions options, RequestHandler handler, AccessLogger logger) : impl_(new Impl) {
  impl_->options = std::move(options);
  impl_->handler = std::move(handler);
  impl_->logger = std::move(logger);
  impl_->workers = std::make_unique<asio::thread_pool>(std::max(1, impl_->options.worker_threads));
  impl_->streams =
      std::make_unique<EventStreams>(impl_->options.max_event_streams, impl_->options.event_heartbeat);
  impl_->connections = std::make_shared<ConnectionLimits>(impl_->options.max_connections,
                                                          impl_->options.max_connections_per_address);
}

Server::~Server() {
  if (impl_->started) Stop();
}

std::uint16_t Server::Start() {
  auto& i = *impl_;
  if (!i.options.spool_dir.empty()) BodySpool::RemoveLeftovers(i.options.spool_dir);
  tcp::endpoint endpoint(asio::ip::make_address(i.options.host), i.options.port);
  i.acceptor.open(endpoint.protocol());
  i.acceptor.set_option(asio::socket_base::reuse_address(true));
  i.acceptor.bind(endpoint);
  i.acceptor.listen(asio::socket_base::max_listen_connections);
  const auto port = i.acceptor.local_endpoint().port();
  asio::co_spawn(i.io, i.Accept(), asio::detached);
  i.started = true;
  for (int t = 0; t < std::max(1, i.options.io_threads); ++t) {
    i.io_threads.emplace_back([&i] { i.io.run(); });
  }
  return port;
}

void Server::HandleSignals() {
  auto& i = *impl_;
  i.signals.add(SIGINT);
  i.signals.add(SIGTERM);
  i.signals.async_wait([&i](const boost::system::error_code& ec, int) {
    if (!ec) i.RequestStop();
  });
}

void Server::Wait() {
  auto& i = *impl_;
  {
    std::unique_lock lock(i.mu);
    i.cv.wait(lock, [&i] { return i.stop_requested || i.shut_down; });
    if (i.shut_down) return;
  }
  i.Shutdown();
}

void Server::Stop() {
  impl_->RequestStop();
  Wait();
}

}  // namespace clientele::http
