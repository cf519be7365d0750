#include "platform/http/event_streams.hpp"

#include <algorithm>

#include <boost/beast/http.hpp>

#include "platform/http/respond.hpp"

namespace clientele::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

namespace {

/// A client that does not take a chunk in this time is treated as gone (its queue would overflow anyway).
constexpr auto kWriteTimeout = std::chrono::seconds(20);
constexpr std::string_view kHeartbeat = ": heartbeat\n\n";

/// The 503 for one stream too many. Built outside the coroutine: GCC 12 double-destroys braced temporaries
/// passed to coroutines.
bhttp::response<bhttp::string_body> Refusal(unsigned version) {
  Error error{ErrorCode::kServiceUnavailable, "Too many open event streams; try again later"};
  error.retry_after_seconds = 30;
  Response r = ErrorResponse(error);
  bhttp::response<bhttp::string_body> out{bhttp::status::service_unavailable, version};
  for (auto& [name, value] : r.headers.items()) out.set(name, value);
  out.body() = std::move(r.body);
  out.keep_alive(false);
  out.prepare_payload();
  return out;
}

}  // namespace

/// One open stream. Touched only on its connection's strand, except `executor`, which is immutable.
struct EventStreams::Live {
  explicit Live(asio::any_io_executor ex) : executor(ex), wait(ex), deadline(ex) {}

  /// The client left or a write failed: nothing more can be sent.
  void Abort() {
    gone = true;
    wait.cancel();
    boost::system::error_code ec;
    if (stream) stream->socket().cancel(ec);
  }
  /// The server stops: finish the response properly, unless a write is stuck on a client that reads nothing.
  void Stop() {
    stopping = true;
    wait.cancel();
    if (writing) Abort();
  }

  const asio::any_io_executor executor;
  asio::steady_timer wait;              // until the source has something, or the next heartbeat is due
  asio::steady_timer deadline;          // for the write in progress
  beast::tcp_stream* stream = nullptr;  // null once Serve returned
  bool chunked = true;
  bool writing = false;
  bool gone = false;
  bool stopping = false;
  char byte = 0;
};

EventStreams::Admission EventStreams::Admit(const std::shared_ptr<Live>& live) {
  std::lock_guard lock(mu_);
  if (stopping_) return Admission::kStopping;
  if (open_.size() >= max_streams_) return Admission::kFull;
  open_.push_back(live);
  return Admission::kOpen;
}

void EventStreams::Retire(const std::shared_ptr<Live>& live) {
  live->stream = nullptr;
  live->wait.cancel();
  live->deadline.cancel();
  std::lock_guard lock(mu_);
  open_.erase(std::remove(open_.begin(), open_.end(), live), open_.end());
}

void EventStreams::StopAll() {
  std::vector<std::shared_ptr<Live>> open;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    open = open_;
  }
  for (auto& live : open) asio::post(live->executor, [live] { live->Stop(); });
}

asio::awaitable<void> EventStreams::Write(std::shared_ptr<Live> live, std::string data) {
  live->writing = true;
  live->deadline.expires_after(kWriteTimeout);
  live->deadline.async_wait([weak = std::weak_ptr<Live>(live)](const boost::system::error_code& ec) {
    if (auto l = weak.lock(); l && !ec && l->writing) l->Abort();
  });
  boost::system::error_code ec;
  if (live->chunked) {
    auto chunk = bhttp::make_chunk(asio::buffer(data));
    co_await asio::async_write(*live->stream, chunk, asio::redirect_error(asio::use_awaitable, ec));
  } else {
    co_await asio::async_write(*live->stream, asio::buffer(data),
                               asio::redirect_error(asio::use_awaitable, ec));
  }
  live->writing = false;
  live->deadline.cancel();
  if (ec) live->Abort();
}

asio::awaitable<void> EventStreams::Pump(std::shared_ptr<Live> live, EventStreamBody& body) {
  while (!live->gone && !live->stopping) {
    auto next = body.Next();
    if (!next) break;
    if (!next->empty()) {
      co_await Write(live, std::move(*next));
      continue;
    }
    // A wake-up posted after Next() found nothing runs only once this wait is pending (same strand), so it
    // cancels the wait and the loop looks again: no event is left waiting for the heartbeat.
    live->wait.expires_after(heartbeat_);
    boost::system::error_code ec;
    co_await live->wait.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    if (!ec && !live->gone && !live->stopping) co_await Write(live, std::string(kHeartbeat));
  }
  if (!live->gone && live->chunked) {
    // The terminating chunk tells the client the response is complete rather than cut off.
    auto last = bhttp::make_chunk_last();
    live->writing = true;
    boost::system::error_code ec;
    live->deadline.expires_after(std::chrono::seconds(1));
    live->deadline.async_wait([weak = std::weak_ptr<Live>(live)](const boost::system::error_code& ec) {
      if (auto l = weak.lock(); l && !ec && l->writing) l->Abort();
    });
    co_await asio::async_write(*live->stream, last, asio::redirect_error(asio::use_awaitable, ec));
    live->writing = false;
  }
}

asio::awaitable<int> EventStreams::Serve(beast::tcp_stream& stream, Response& response, unsigned version) {
  auto body = std::move(response.stream);
  auto live = std::make_shared<Live>(co_await asio::this_coro::executor);
  live->stream = &stream;
  live->chunked = version >= 11;
  boost::system::error_code ec;
  const Admission admission = Admit(live);
  if (admission != Admission::kOpen) {
    body->Close();
    live->stream = nullptr;
    if (admission == Admission::kFull) {
      auto refusal = Refusal(version);
      co_await bhttp::async_write(stream, refusal, asio::redirect_error(asio::use_awaitable, ec));
    }
    co_return 503;
  }
  bhttp::response<bhttp::empty_body> head{static_cast<bhttp::status>(response.status), version};
  for (auto& [name, value] : response.headers.items()) head.set(name, value);
  head.keep_alive(false);
  if (live->chunked) head.chunked(true);
  bhttp::response_serializer<bhttp::empty_body> serializer{head};
  stream.expires_never();
  co_await bhttp::async_write_header(stream, serializer, asio::redirect_error(asio::use_awaitable, ec));
  if (!ec) {
    // An event-stream client sends nothing more: this read completes only when it disconnects.
    stream.socket().async_read_some(asio::buffer(&live->byte, 1),
                                    [live](const boost::system::error_code&, std::size_t) { live->Abort(); });
    const auto executor = live->executor;
    body->Start([weak = std::weak_ptr<Live>(live), executor] {
      asio::post(executor, [weak] {
        if (auto l = weak.lock()) l->wait.cancel();
      });
    });
    co_await Pump(live, *body);
  }
  body->Close();
  Retire(live);
  co_return response.status;
}

}  // namespace clientele::http
