#pragma once

#include "features/auth/auth_service.hpp"
#include "features/users/user_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::auth {

/// The cookie that carries the browser session.
inline constexpr const char* kSessionCookie = "clientele_session";

/// /api/v1/auth/login, /auth/logout, /me and /tokens.
void AddAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users);

}  // namespace clientele::auth
