#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"
#include "platform/http/message.hpp"

namespace clientele::http {

/// Everything a route handler gets: the request, its parsed parts and the caller.
struct RequestContext {
  const Request& request;
  std::map<std::string, std::string> path_params;
  std::map<std::string, std::string> query;
  std::optional<auth::Principal> principal;

  /// The caller; only call on routes with Access::kSignedIn.
  const auth::Principal& caller() const { return *principal; }

  /// A path parameter that must be a positive 64-bit id; anything else is a 404 (no such resource).
  Result<std::int64_t> PathId(std::string_view name) const;

  /// An optional query parameter.
  std::optional<std::string> Query(std::string_view name) const;
};

}  // namespace clientele::http
