#include "support/event_stream_reader.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace clientele::testing {

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

int RemainingMs(EventStreamReader::Clock::time_point deadline) {
  auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - EventStreamReader::Clock::now());
  return static_cast<int>(std::max<std::int64_t>(0, left.count()));
}

}  // namespace

EventStreamReader::EventStreamReader(std::uint16_t port, const std::map<std::string, std::string>& headers,
                                     const std::string& path) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) throw std::runtime_error("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
    throw std::runtime_error("connect failed");
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  request += "\r\n";
  if (::send(fd_, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size()))
    throw std::runtime_error("send failed");
  const auto deadline = Clock::now() + kWait;
  std::size_t end;
  while ((end = raw_.find("\r\n\r\n")) == std::string::npos) {
    if (!Fill(deadline)) throw std::runtime_error("no response head");
  }
  const std::string head = raw_.substr(0, end);
  raw_.erase(0, end + 4);
  std::size_t line_end = head.find("\r\n");
  const std::string status_line = head.substr(0, line_end);
  status_ = std::stoi(status_line.substr(status_line.find(' ') + 1, 3));
  while (line_end != std::string::npos) {
    const std::size_t start = line_end + 2;
    line_end = head.find("\r\n", start);
    const std::string line =
        head.substr(start, line_end == std::string::npos ? std::string::npos : line_end - start);
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    headers_[Lower(line.substr(0, colon))] = value;
  }
  chunked_ = Lower(header("transfer-encoding")) == "chunked";
  Dechunk();
}

EventStreamReader::~EventStreamReader() { Disconnect(); }

void EventStreamReader::Disconnect() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  closed_ = true;
}

std::string EventStreamReader::header(const std::string& name) const {
  auto it = headers_.find(name);
  return it == headers_.end() ? "" : it->second;
}

bool EventStreamReader::Fill(Clock::time_point deadline) {
  if (closed_ || fd_ < 0) return false;
  pollfd p{fd_, POLLIN, 0};
  const int ready = ::poll(&p, 1, RemainingMs(deadline));
  if (ready <= 0) return false;
  char buf[4096];
  const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
  if (n <= 0) {
    closed_ = true;
    return false;
  }
  raw_.append(buf, static_cast<std::size_t>(n));
  return true;
}

void EventStreamReader::Dechunk() {
  if (!chunked_) {
    body_ += raw_;
    raw_.clear();
    return;
  }
  for (;;) {
    const auto line_end = raw_.find("\r\n");
    if (line_end == std::string::npos) return;
    const std::size_t size = std::stoul(raw_.substr(0, line_end), nullptr, 16);
    if (size == 0) {
      ended_ = true;
      raw_.clear();
      return;
    }
    if (raw_.size() < line_end + 2 + size + 2) return;
    body_.append(raw_, line_end + 2, size);
    raw_.erase(0, line_end + 2 + size + 2);
  }
}

std::string EventStreamReader::ReadAll() {
  const auto deadline = Clock::now() + kWait;
  const std::string length = header("content-length");
  const std::size_t expected = length.empty() ? std::string::npos : std::stoul(length);
  Dechunk();
  while (!ended_ && body_.size() < expected && Fill(deadline)) Dechunk();
  return std::exchange(body_, std::string());
}

std::optional<EventStreamReader::Frame> EventStreamReader::NextFrame() {
  const auto end = body_.find("\n\n");
  if (end == std::string::npos) return std::nullopt;
  const std::string text = body_.substr(0, end + 1);
  body_.erase(0, end + 2);
  Frame frame;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    const std::string line = text.substr(start, nl - start);
    start = nl + 1;
    const auto colon = line.find(':');
    const std::string field = line.substr(0, colon);
    std::string value = colon == std::string::npos ? "" : line.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.erase(0, 1);
    auto append = [](std::string& to, const std::string& v) { to += (to.empty() ? "" : "\n") + v; };
    if (field.empty())
      append(frame.comment, value);
    else if (field == "data")
      append(frame.data, value);
    else if (field == "id")
      frame.id = value;
    else if (field == "event")
      frame.event = value;
  }
  return frame;
}

std::optional<EventStreamReader::Frame> EventStreamReader::WaitFor(
    const std::function<bool(const Frame&)>& match, std::chrono::milliseconds wait) {
  const auto deadline = Clock::now() + wait;
  for (;;) {
    while (auto frame = NextFrame()) {
      seen_.push_back(*frame);
      if (match(*frame)) return frame;
    }
    if (ended_ || !Fill(deadline)) return std::nullopt;
    Dechunk();
  }
}

std::optional<nlohmann::json> EventStreamReader::WaitForChange(const nlohmann::json& fields,
                                                               std::chrono::milliseconds wait) {
  auto frame = WaitFor(
      [&](const Frame& f) {
        if (f.event != "change" || f.data.empty()) return false;
        const auto data = f.json();
        for (const auto& [key, value] : fields.items())
          if (!data.contains(key) || data[key] != value) return false;
        return true;
      },
      wait);
  if (!frame) return std::nullopt;
  return frame->json();
}

bool EventStreamReader::WaitForEnd(std::chrono::milliseconds wait) {
  const auto deadline = Clock::now() + wait;
  for (;;) {
    while (auto frame = NextFrame()) seen_.push_back(*frame);
    if (closed_) return true;
    if (!Fill(deadline)) return closed_;
    Dechunk();
  }
}

}  // namespace clientele::testing
