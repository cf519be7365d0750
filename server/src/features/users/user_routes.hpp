#pragma once

#include "features/users/user_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::users {

/// /api/v1/users and /api/v1/roles.
void AddUserRoutes(http::Router& router, UserService& service);

}  // namespace clientele::users
