#pragma once

#include "platform/http/respond.hpp"
#include "platform/json/writer.hpp"

namespace clientele::http {

/// Respond() for a type with a `WriteJson(json::Writer&, const T&)` beside it (found by ADL): the value is
/// written straight to text instead of through an nlohmann DOM, for answers big enough for that to matter.
template <class T>
Response RespondWritten(const Result<T>& result, int status = 200) {
  if (!result.ok()) return Respond(result, status);
  json::Writer writer;
  WriteJson(writer, result.value());
  return Response::Json(status, writer.Take());
}

}  // namespace clientele::http
