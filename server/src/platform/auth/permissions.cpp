#include "platform/auth/permissions.hpp"

namespace clientele::auth {

std::string_view ScopeName(Scope scope) {
  switch (scope) {
    case Scope::kNone:
      return "none";
    case Scope::kOwn:
      return "own";
    case Scope::kAll:
      return "all";
  }
  return "none";
}

std::optional<Scope> ParseScope(std::string_view name) {
  if (name == "none") return Scope::kNone;
  if (name == "own") return Scope::kOwn;
  if (name == "all") return Scope::kAll;
  return std::nullopt;
}

std::string_view BuiltinRoleName(BuiltinRole role) {
  switch (role) {
    case BuiltinRole::kAdministrator:
      return "Administrator";
    case BuiltinRole::kManager:
      return "Manager";
    case BuiltinRole::kConsultant:
      return "Consultant";
    case BuiltinRole::kReadOnly:
      return "Read-only";
  }
  return "Read-only";
}

std::optional<BuiltinRole> ParseBuiltinRole(std::string_view name) {
  for (BuiltinRole r : {BuiltinRole::kAdministrator, BuiltinRole::kManager, BuiltinRole::kConsultant,
                        BuiltinRole::kReadOnly}) {
    if (BuiltinRoleName(r) == name) return r;
  }
  return std::nullopt;
}

Permissions BuiltinPermissions(BuiltinRole role) {
  constexpr AreaAccess kAllAll{Scope::kAll, Scope::kAll};
  constexpr AreaAccess kViewAllEditOwn{Scope::kAll, Scope::kOwn};
  constexpr AreaAccess kViewAll{Scope::kAll, Scope::kNone};
  constexpr AreaAccess kNothing{Scope::kNone, Scope::kNone};
  switch (role) {
    case BuiltinRole::kAdministrator:
      return {kAllAll, kAllAll, kAllAll, kAllAll, true, true};
    case BuiltinRole::kManager:
      return {kAllAll, kAllAll, kAllAll, kAllAll, false, true};
    case BuiltinRole::kConsultant:
      return {kViewAllEditOwn, kViewAllEditOwn, kViewAllEditOwn, kViewAll, false, false};
    case BuiltinRole::kReadOnly:
      return {kViewAll, kViewAll, kViewAll, kNothing, false, false};
  }
  return {};
}

}  // namespace clientele::auth
