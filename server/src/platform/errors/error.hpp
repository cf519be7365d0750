#pragma once

#include <any>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clientele {

/// Expected failures a service can answer with. Each maps to exactly one HTTP status (error_mapping.hpp).
enum class ErrorCode {
  kBadRequest,
  kUnauthenticated,
  kForbidden,
  kNotFound,
  kConflict,
  kPayloadTooLarge,
  kUnsupportedMediaType,
  kValidationFailed,
  kTooManyRequests,
  kBadGateway,
  kServiceUnavailable,
  kInternal,
};

/// One rejected field of a request body or query.
struct FieldError {
  std::string field;
  std::string message;
};

/// An expected failure, returned as a value (never thrown).
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;
  /// For a stale-version conflict: the current state of the record, typed as the service's result type,
  /// so that the HTTP edge can show the client what it collided with.
  std::any current;
  /// For 429: how many seconds the client should wait.
  int retry_after_seconds = 0;

  static Error BadRequest(std::string message) { return {ErrorCode::kBadRequest, std::move(message)}; }
  static Error Unauthenticated(std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(message)};
  }
  static Error Forbidden(std::string message) { return {ErrorCode::kForbidden, std::move(message)}; }
  static Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
  static Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message)}; }
  static Error Validation(std::vector<FieldError> fields) {
    std::string message =
        fields.empty() ? "Validation failed" : fields.front().field + ": " + fields.front().message;
    return {ErrorCode::kValidationFailed, std::move(message), std::move(fields)};
  }
  static Error Validation(std::string field, std::string message) {
    return Validation(std::vector<FieldError>{{std::move(field), std::move(message)}});
  }
};

}  // namespace clientele
