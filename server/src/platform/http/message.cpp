#include "platform/http/message.hpp"

#include <strings.h>

namespace clientele::http {

namespace {
bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}
}  // namespace

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kGet:
      return "GET";
    case Method::kHead:
      return "HEAD";
    case Method::kPost:
      return "POST";
    case Method::kPut:
      return "PUT";
    case Method::kPatch:
      return "PATCH";
    case Method::kDelete:
      return "DELETE";
    case Method::kOptions:
      return "OPTIONS";
    case Method::kOther:
      return "OTHER";
  }
  return "OTHER";
}

Method ParseMethod(std::string_view name) {
  for (Method m : {Method::kGet, Method::kHead, Method::kPost, Method::kPut, Method::kPatch, Method::kDelete,
                   Method::kOptions}) {
    if (MethodName(m) == name) return m;
  }
  return Method::kOther;
}

bool IsUnsafe(Method method) {
  return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
         method == Method::kDelete;
}

void Headers::Set(std::string name, std::string value) {
  for (auto& [n, v] : items_) {
    if (EqualsIgnoreCase(n, name)) {
      v = std::move(value);
      return;
    }
  }
  Add(std::move(name), std::move(value));
}

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& [n, v] : items_) {
    if (EqualsIgnoreCase(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

Response Response::Json(int status, std::string body) {
  Response r;
  r.status = status;
  r.headers.Set("Content-Type", "application/json");
  r.body = std::move(body);
  return r;
}

Response Response::NoContent() {
  Response r;
  r.status = 204;
  return r;
}

Response Response::EventStream(std::shared_ptr<EventStreamBody> body) {
  Response r;
  r.headers.Set("Content-Type", "text/event-stream");
  r.headers.Set("Cache-Control", "no-store");
  // nginx buffers proxied responses by default, which would hold events back until the buffer fills.
  r.headers.Set("X-Accel-Buffering", "no");
  r.stream = std::move(body);
  return r;
}

}  // namespace clientele::http
