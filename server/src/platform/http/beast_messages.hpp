#pragma once

// Conversions between Beast's messages and the library-free Request/Response (inside platform/http only).

#include <optional>

#include <boost/beast/http.hpp>

#include "platform/errors/error.hpp"
#include "platform/http/message.hpp"

namespace clientele::http::detail {

namespace bhttp = boost::beast::http;

/// The request line and headers as a Request without body; nullopt when the target is unusable.
std::optional<Request> ToRequest(const bhttp::request_header<>& head);

/// Whether the client waits for "100 Continue" before it sends the body.
bool ExpectsContinue(const bhttp::request_header<>& head);

/// Copies status and headers; the body is the caller's business.
template <class Body>
void CopyHead(const Response& r, bhttp::response<Body>& out) {
  out.result(static_cast<bhttp::status>(r.status));
  for (const auto& [name, value] : r.headers.items()) out.set(name, value);
}

/// A response whose body is in memory (for HEAD only its length is sent).
bhttp::response<bhttp::string_body> ToBeast(Response&& r, unsigned version, bool head);

/// A closing error answer for requests that never reach a handler. Built outside coroutines: GCC 12
/// double-destroys braced temporaries passed to coroutines.
bhttp::response<bhttp::string_body> ClosingError(ErrorCode code, const char* message);

}  // namespace clientele::http::detail
