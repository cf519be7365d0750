#pragma once

#include <nlohmann/json.hpp>

#include "features/users/user.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/errors/result.hpp"
#include "platform/util/page.hpp"

namespace clientele::users {

void to_json(nlohmann::json& j, const Organization& org);
void to_json(nlohmann::json& j, const Role& role);
void to_json(nlohmann::json& j, const User& user);

/// Parses a POST /users body; wrong types → 400, unknown fields → 422.
Result<NewUser> ParseNewUser(const nlohmann::json& body);
Result<UserPatch> ParseUserPatch(const nlohmann::json& body);

}  // namespace clientele::users

namespace clientele::auth {
void to_json(nlohmann::json& j, const Permissions& p);
}  // namespace clientele::auth

namespace clientele {
void to_json(nlohmann::json& j, const UserRef& ref);

template <class T>
void to_json(nlohmann::json& j, const Page<T>& page) {
  j = {{"items", page.items}, {"nextCursor", page.next_cursor ? nlohmann::json(*page.next_cursor) : nullptr}};
}
}  // namespace clientele
