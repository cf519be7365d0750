#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::testing {

struct RawResponse {
  int status = 0;
  std::string head;  // status line and header fields
  std::string body;
};

/// A plain TCP connection to a test server, for what an HTTP client library would not send: a target as-is
/// ("//etc/passwd", "/..%2F"), a head whose body never follows, or a connection left idle.
class RawConnection {
 public:
  explicit RawConnection(std::uint16_t port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  /// Sends all of `bytes`; false when the peer refused them (closed or reset).
  bool Send(std::string_view bytes);
  /// One response (its body by Content-Length), or nullopt when none was complete within `timeout` or
  /// the connection ended first.
  std::optional<RawResponse> ReadResponse(std::chrono::milliseconds timeout = std::chrono::seconds(10));

 private:
  int fd_ = -1;
  std::string pending_;
};

/// GET `target` exactly as written, on a connection of its own.
std::optional<RawResponse> RawGet(std::uint16_t port, const std::string& target);

}  // namespace clientele::testing
