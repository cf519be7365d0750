#include "platform/http/respond.hpp"

#include "platform/errors/error_mapping.hpp"

namespace clientele::http {

std::string Dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response ErrorResponse(const Error& error, const nlohmann::json* current) {
  nlohmann::json body = {{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  if (!error.fields.empty()) {
    auto& fields = body["fields"] = nlohmann::json::array();
    for (const auto& f : error.fields) fields.push_back({{"field", f.field}, {"message", f.message}});
  }
  if (current) body["current"] = *current;
  Response r = Response::Json(HttpStatusFor(error.code), Dump({{"error", body}}));
  const bool retryable =
      error.code == ErrorCode::kTooManyRequests || error.code == ErrorCode::kServiceUnavailable;
  if (retryable && error.retry_after_seconds > 0) {
    r.headers.Set("Retry-After", std::to_string(error.retry_after_seconds));
  }
  return r;
}

Response Respond(const Status& status) {
  if (status.ok()) return Response::NoContent();
  return ErrorResponse(status.error());
}

}  // namespace clientele::http
