#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace clientele::testing {

/// A raw HTTP/1.1 client of GET /api/v1/events for API tests: reads the chunked stream as it comes, every
/// read bounded by a deadline (no sleeps), and parses Server-Sent Events frames.
class EventStreamReader {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kWait{10};

  /// Connects to 127.0.0.1:`port` and sends the request with `headers` (e.g. {"Cookie", …}); reads the
  /// response head (until `kWait`).
  EventStreamReader(std::uint16_t port, const std::map<std::string, std::string>& headers,
                    const std::string& path = "/api/v1/events");
  ~EventStreamReader();
  EventStreamReader(const EventStreamReader&) = delete;
  EventStreamReader& operator=(const EventStreamReader&) = delete;

  int status() const { return status_; }
  /// A response header (name lower-case), "" when absent.
  std::string header(const std::string& name) const;
  /// The body of a non-stream answer (an error), read to its end.
  std::string ReadAll();

  struct Frame {
    std::string id;
    std::string event;
    std::string data;     // the data lines joined
    std::string comment;  // comment lines joined (": heartbeat")
    nlohmann::json json() const { return nlohmann::json::parse(data); }
  };
  /// The next frame that `match` accepts (frames before it are skipped and kept in `seen()`), or nullopt when
  /// the stream ended or `wait` passed.
  std::optional<Frame> WaitFor(const std::function<bool(const Frame&)>& match,
                               std::chrono::milliseconds wait = kWait);
  /// The next change event whose data has these fields (e.g. {"entity":"task","type":"moved"}).
  std::optional<nlohmann::json> WaitForChange(const nlohmann::json& fields,
                                              std::chrono::milliseconds wait = kWait);
  /// True once the server ended the stream (connection closed) within `wait`.
  bool WaitForEnd(std::chrono::milliseconds wait = kWait);
  const std::vector<Frame>& seen() const { return seen_; }
  /// Closes the connection (the client leaves).
  void Disconnect();

 private:
  /// Reads more bytes before `deadline`; false on timeout, end of stream or error.
  bool Fill(Clock::time_point deadline);
  /// Moves complete chunks from `raw_` to `body_`; sets `ended_` at the last chunk.
  void Dechunk();
  std::optional<Frame> NextFrame();

  int fd_ = -1;
  int status_ = 0;
  std::map<std::string, std::string> headers_;
  bool chunked_ = false;
  bool closed_ = false;  // the connection is closed
  bool ended_ = false;   // the last chunk came
  std::string raw_;      // bytes not yet de-chunked
  std::string body_;     // de-chunked bytes not yet parsed into frames
  std::vector<Frame> seen_;
};

}  // namespace clientele::testing
