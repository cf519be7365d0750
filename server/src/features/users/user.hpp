#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/auth/permissions.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"

namespace clientele::users {

struct Organization {
  OrgId id;
  std::string name;
  std::string created_at;
};

/// A role and the rights it grants (DESIGN.md §6).
struct Role {
  RoleId id;
  std::string name;
  std::optional<std::string> builtin;  // the built-in role this is, if any
  auth::Permissions permissions;
};

struct User {
  UserId id;
  OrgId org;
  std::string email;
  std::string name;
  RoleId role_id;
  std::string role_name;
  bool is_active = true;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 1;
  /// Labor cost per hour in minor units of `cost_currency` (the organization's base currency); nullopt when
  /// the caller may not see it (only settings-managers and financials editors do).
  std::optional<std::int64_t> hourly_cost;
  std::string cost_currency;
};

/// A user with the stored password hash, only for signing in.
struct UserCredentials {
  User user;
  std::string password_hash;
};

struct NewUser {
  std::string email;
  std::string name;
  RoleId role_id;
  std::string password;
};

struct UserPatch {
  std::optional<std::int64_t> version;
  std::optional<std::string> name;
  std::optional<RoleId> role_id;
  std::optional<bool> is_active;
  /// {amount, currency}: the currency must be the organization's base currency.
  std::optional<std::int64_t> hourly_cost;
  std::optional<std::string> hourly_cost_currency;
};

struct UserFilter {
  std::optional<std::string> q;
  std::optional<bool> active;  // nullopt: all
};

}  // namespace clientele::users
