#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clientele::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

std::string_view MethodName(Method method);
Method ParseMethod(std::string_view name);
/// POST, PUT, PATCH and DELETE change state and so need a CSRF token with cookie sessions.
bool IsUnsafe(Method method);

/// Header list with case-insensitive lookup (HTTP field names are case-insensitive).
class Headers {
 public:
  void Add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  void Set(std::string name, std::string value);
  std::optional<std::string_view> Get(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

/// A request body the server wrote to a temporary file instead of keeping it in memory (upload routes). The
/// server removes the file after the handler unless the handler moved it elsewhere.
struct SpooledBody {
  std::filesystem::path path;
  std::uint64_t size = 0;
  std::string sha256;  // lower-case hex
};

/// An incoming request, already read in full, independent of the HTTP library.
struct Request {
  Method method = Method::kGet;
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded path, without the query
  std::string query;   // raw query string, without '?'
  Headers headers;
  std::string body;                    // empty when the body was spooled
  std::optional<SpooledBody> spooled;  // upload routes, when the server has a spool folder
  std::string request_id;
  bool secure = false;  // served over https (directly or per X-Forwarded-Proto)
  /// What the application's preflight learned from the head before the body was read (the caller), handed
  /// back to it with the whole request; only the application knows its type.
  std::shared_ptr<void> preflight;
  /// The client's address, for per-address limits and the log.
  std::string client_address;
};

/// The body of a Server-Sent Events response, produced over time. The server pulls from it on its io thread
/// and never blocks on it; whoever feeds it calls the wake-up when there is something new.
class EventStreamBody {
 public:
  virtual ~EventStreamBody() = default;
  /// Called once, before the first Next(): `wake` may then be called from any thread whenever Next() has
  /// something new (or the stream ended). It only posts to the server's io thread.
  virtual void Start(std::function<void()> wake) = 0;
  /// What is ready to send now ("" when nothing), without waiting; nullopt once the stream has ended.
  virtual std::optional<std::string> Next() = 0;
  /// The server is done with the stream (the client left, the server stops or refused it). Called once.
  virtual void Close() = 0;
};

/// A response: `body`, a file from disk (`file`), or a stream of events (`stream`).
struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  std::shared_ptr<EventStreamBody> stream;
  /// Sent as the body instead of `body`, read from disk as it is written out (file downloads). When it
  /// cannot be opened any more (deleted meanwhile) the answer becomes a 404.
  std::optional<std::filesystem::path> file;

  static Response Json(int status, std::string body);
  static Response NoContent();
  /// 200 with `text/event-stream`, not cached and not buffered by proxies, the chunks coming from `body`.
  static Response EventStream(std::shared_ptr<EventStreamBody> body);
};

}  // namespace clientele::http
