#include "platform/errors/error_mapping.hpp"

namespace clientele {

namespace {

struct Mapping {
  ErrorCode code;
  int status;
  std::string_view name;
};

constexpr Mapping kMappings[] = {
    {ErrorCode::kBadRequest, 400, "bad_request"},
    {ErrorCode::kUnauthenticated, 401, "unauthenticated"},
    {ErrorCode::kForbidden, 403, "forbidden"},
    {ErrorCode::kNotFound, 404, "not_found"},
    {ErrorCode::kConflict, 409, "conflict"},
    {ErrorCode::kPayloadTooLarge, 413, "payload_too_large"},
    {ErrorCode::kUnsupportedMediaType, 415, "unsupported_media_type"},
    {ErrorCode::kValidationFailed, 422, "validation_failed"},
    {ErrorCode::kTooManyRequests, 429, "too_many_requests"},
    {ErrorCode::kBadGateway, 502, "bad_gateway"},
    {ErrorCode::kServiceUnavailable, 503, "service_unavailable"},
    {ErrorCode::kInternal, 500, "internal"},
};

const Mapping& Find(ErrorCode code) {
  for (const auto& m : kMappings) {
    if (m.code == code) return m;
  }
  return kMappings[std::size(kMappings) - 1];
}

}  // namespace

int HttpStatusFor(ErrorCode code) { return Find(code).status; }

std::string_view ErrorCodeName(ErrorCode code) { return Find(code).name; }

}  // namespace clientele
