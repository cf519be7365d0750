#include "platform/http/beast_messages.hpp"

#include <boost/beast/core/string.hpp>

#include "platform/http/respond.hpp"
#include "platform/http/url.hpp"

namespace clientele::http::detail {

namespace {

std::string_view View(boost::beast::string_view s) { return {s.data(), s.size()}; }

}  // namespace

std::optional<Request> ToRequest(const bhttp::request_header<>& head) {
  Request req;
  req.method = ParseMethod(View(head.method_string()));
  req.target = std::string(View(head.target()));
  std::string_view target = req.target;
  size_t q = target.find('?');
  auto path = PercentDecode(target.substr(0, q), false);
  if (!path || path->empty() || path->front() != '/') return std::nullopt;
  req.path = std::move(*path);
  if (q != std::string_view::npos) req.query = std::string(target.substr(q + 1));
  for (const auto& field : head)
    req.headers.Add(std::string(View(field.name_string())), std::string(View(field.value())));
  auto proto = req.headers.Get("X-Forwarded-Proto");
  req.secure = proto && *proto == "https";
  return req;
}

bool ExpectsContinue(const bhttp::request_header<>& head) {
  auto it = head.find(bhttp::field::expect);
  return head.version() >= 11 && it != head.end() && boost::beast::iequals(it->value(), "100-continue");
}

bhttp::response<bhttp::string_body> ToBeast(Response&& r, unsigned version, bool head) {
  bhttp::response<bhttp::string_body> out;
  out.version(version);
  CopyHead(r, out);
  const std::size_t size = r.body.size();
  if (r.status != 204 && r.status != 304) {
    if (head) {
      out.content_length(size);
    } else {
      out.body() = std::move(r.body);
      out.prepare_payload();
    }
  }
  return out;
}

bhttp::response<bhttp::string_body> ClosingError(ErrorCode code, const char* message) {
  Error error;
  error.code = code;
  error.message = message;
  auto res = ToBeast(ErrorResponse(error), 11, false);
  res.keep_alive(false);
  return res;
}

}  // namespace clientele::http::detail
