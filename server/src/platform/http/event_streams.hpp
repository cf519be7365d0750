#pragma once

// Boost 1.74's awaitable.hpp uses std::exchange without including <utility> (DESIGN.md §9).
#include <utility>

#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>

#include "platform/http/message.hpp"

namespace clientele::http {

/// The open Server-Sent Events streams of one server (an internal part of Server). A stream runs as a
/// coroutine on its connection's strand and holds no worker thread: it waits on a timer that the event
/// source's wake-up cancels, writes what is ready, and writes a heartbeat comment when nothing came for a
/// while. It ends when the source ends, when the client disconnects (noticed by a read that only completes
/// then), when a write stalls, or on StopAll().
class EventStreams {
 public:
  EventStreams(std::size_t max_streams, std::chrono::milliseconds heartbeat)
      : max_streams_(max_streams), heartbeat_(heartbeat) {}

  /// Sends `response` (one with a stream) on `stream` until the stream is over. Must run on the connection's
  /// strand. Returns the status sent: 200, or 503 when `max_streams` are open already (or the server stops).
  boost::asio::awaitable<int> Serve(boost::beast::tcp_stream& stream, Response& response, unsigned version);

  /// Ends every open stream and refuses new ones. Returns at once: the streams finish on their strands.
  void StopAll();

 private:
  struct Live;
  enum class Admission { kOpen, kFull, kStopping };

  Admission Admit(const std::shared_ptr<Live>& live);
  void Retire(const std::shared_ptr<Live>& live);
  boost::asio::awaitable<void> Pump(std::shared_ptr<Live> live, EventStreamBody& body);
  static boost::asio::awaitable<void> Write(std::shared_ptr<Live> live, std::string data);

  const std::size_t max_streams_;
  const std::chrono::milliseconds heartbeat_;
  std::mutex mu_;
  std::vector<std::shared_ptr<Live>> open_;
  bool stopping_ = false;
};

}  // namespace clientele::http
