#include "support/raw_http.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace clientele::testing {

namespace {

/// The Content-Length of a response head, 0 when it has none.
std::size_t ContentLength(const std::string& head) {
  for (std::size_t at = head.find("\r\n"); at != std::string::npos; at = head.find("\r\n", at + 2)) {
    const std::string_view line = std::string_view(head).substr(at + 2);
    constexpr std::string_view kName = "content-length:";
    if (line.size() < kName.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < kName.size() && same; ++i)
      same = static_cast<char>(std::tolower(static_cast<unsigned char>(line[i]))) == kName[i];
    if (same) return std::stoul(std::string(line.substr(kName.size(), line.find("\r\n") - kName.size())));
  }
  return 0;
}

}  // namespace

RawConnection::RawConnection(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    throw std::runtime_error("cannot connect to the test server");
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::Send(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

std::optional<RawResponse> RawConnection::ReadResponse(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const auto head_end = pending_.find("\r\n\r\n");
    if (head_end != std::string::npos) {
      RawResponse response;
      response.head = pending_.substr(0, head_end);
      const std::size_t length = ContentLength(response.head + "\r\n");
      if (pending_.size() >= head_end + 4 + length) {
        response.body = pending_.substr(head_end + 4, length);
        pending_.erase(0, head_end + 4 + length);
        response.status = std::stoi(response.head.substr(9, 3));
        return response;
      }
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    pollfd ready{fd_, POLLIN, 0};
    if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0) return std::nullopt;
    char chunk[16384];
    const auto got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got <= 0) return std::nullopt;
    pending_.append(chunk, static_cast<std::size_t>(got));
  }
}

std::optional<RawResponse> RawGet(std::uint16_t port, const std::string& target) {
  RawConnection connection(port);
  if (!connection.Send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
    return std::nullopt;
  return connection.ReadResponse();
}

}  // namespace clientele::testing
