#pragma once

#include <any>

#include <nlohmann/json.hpp>

#include "platform/errors/result.hpp"
#include "platform/http/message.hpp"

namespace clientele::http {

/// Serializes without ever throwing on bad UTF-8 from storage (replaced with U+FFFD).
std::string Dump(const nlohmann::json& value);

/// The one error body shape: {"error": {"code", "message", "fields"?, "current"?}}.
Response ErrorResponse(const Error& error, const nlohmann::json* current = nullptr);

template <class T>
Response JsonResponse(int status, const T& value) {
  return Response::Json(status, Dump(nlohmann::json(value)));
}

/// Turns a service result into a response: the value as JSON with `status`, or the mapped error. A conflict
/// that carries the current record of type T shows it as `error.current`.
template <class T>
Response Respond(const Result<T>& result, int status = 200) {
  if (result.ok()) return JsonResponse(status, result.value());
  const Error& error = result.error();
  if (const T* current = std::any_cast<T>(&error.current)) {
    nlohmann::json body = *current;
    return ErrorResponse(error, &body);
  }
  return ErrorResponse(error);
}

/// A Status result: 204 No Content, or the mapped error.
Response Respond(const Status& status);

}  // namespace clientele::http
