#pragma once

#include <optional>
#include <string_view>

namespace clientele::auth {

/// How far a right reaches: nothing, the records the user owns, or all records of the organization.
enum class Scope { kNone, kOwn, kAll };

std::string_view ScopeName(Scope scope);
std::optional<Scope> ParseScope(std::string_view name);

/// The view and edit scope of one area (DESIGN.md §6); edit is never wider than view.
struct AreaAccess {
  Scope view = Scope::kNone;
  Scope edit = Scope::kNone;
};

/// Whether the record in question belongs to the caller ("own" scope).
enum class Ownership { kNotOwned, kOwned };

/// Effective rights of a role.
struct Permissions {
  AreaAccess customers;
  AreaAccess sales;
  AreaAccess projects;
  AreaAccess financials;
  bool settings_manage = false;
  bool delete_customers = false;
};

/// True when `scope` covers a record with the given ownership.
constexpr bool Allows(Scope scope, Ownership ownership) {
  return scope == Scope::kAll || (scope == Scope::kOwn && ownership == Ownership::kOwned);
}

/// The built-in roles every organization starts with.
enum class BuiltinRole { kAdministrator, kManager, kConsultant, kReadOnly };

std::string_view BuiltinRoleName(BuiltinRole role);
std::optional<BuiltinRole> ParseBuiltinRole(std::string_view name);
Permissions BuiltinPermissions(BuiltinRole role);

}  // namespace clientele::auth
