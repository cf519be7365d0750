#pragma once

#include <cstdint>
#include <string>

#include "platform/auth/permissions.hpp"
#include "platform/util/ids.hpp"

namespace clientele::auth {

enum class AuthMethod { kSession, kToken };

/// Who is calling: resolved once per request from the session cookie or the bearer token.
struct Principal {
  OrgId org;
  UserId user;
  std::string user_name;
  RoleId role;
  Permissions permissions;
  AuthMethod method = AuthMethod::kSession;
  std::string csrf_token;    // empty for token auth
  std::string session_hash;  // the stored hash of the session token, for logout
};

}  // namespace clientele::auth
