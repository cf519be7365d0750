#pragma once

#include <optional>
#include <string>

#include "features/auth/auth_service.hpp"
#include "features/users/user_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::auth {

/// The cookie that carries the browser session.
inline constexpr const char* kSessionCookie = "clientele_session";

/// /api/v1/auth/login, /auth/logout, /me and /tokens. A browser's sign-in must come from `public_url`'s
/// origin when the server has one, else from the origin of the Host it was sent to.
void AddAuthRoutes(http::Router& router, AuthService& auth, users::UserService& users,
                   std::optional<std::string> public_url = std::nullopt);

}  // namespace clientele::auth
