#pragma once

#include <functional>
#include <string>
#include <vector>

#include "features/users/user.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"
#include "platform/util/page.hpp"

namespace clientele::users {

/// Organizations, their built-in roles, and their users.
class UserService {
 public:
  explicit UserService(db::Database& db) : db_(db), repo_(db.kind()) {}

  /// A new organization with the built-in roles (Administrator, Manager, Consultant, Read-only).
  Result<Organization> CreateOrganization(const std::string& name);
  Result<Organization> FindOrganizationByName(const std::string& name);
  /// True once any organization exists (a fresh database has none).
  bool AnyOrganization();

  /// For the command line: creates a user in the named organization with a built-in or custom role name.
  Result<User> CreateUserInOrganization(const std::string& org_name, const std::string& role_name,
                                        NewUser user);

  /// Runs inside the transaction that deactivates a user: another feature revokes what the user held
  /// (sessions, API tokens, calendar feed), so that reactivation does not bring it back.
  using DeactivationListener =
      std::function<void(soci::session& sql, OrgId org, UserId user, const std::string& now)>;
  void AddDeactivationListener(DeactivationListener listener) {
    on_deactivate_.push_back(std::move(listener));
  }
  /// Told after commit when a user's access changed (deactivated, or another role): their streams end.
  void SetRevoker(events::Revoker& revoker) { revoker_ = &revoker; }

  /// For administrators over the API.
  Result<User> CreateUser(const auth::Principal& caller, NewUser user);
  /// Deactivating revokes the user's credentials in the same transaction (AddDeactivationListener).
  Result<User> UpdateUser(const auth::Principal& caller, UserId id, const UserPatch& patch);
  Result<Page<User>> ListUsers(const auth::Principal& caller, const UserFilter& filter,
                               const PageRequest& page);
  Result<std::vector<Role>> ListRoles(const auth::Principal& caller);

  /// Other features ask whether a user exists (and is active) in an organization, e.g. for an account owner.
  std::optional<User> FindUser(OrgId org, UserId id);
  std::optional<Organization> FindOrganization(OrgId org);
  std::optional<Role> FindRole(OrgId org, RoleId id);
  /// For the settings, inside their transaction: "users have hourly costs" while any cost is above zero.
  std::optional<std::string> CostsInBaseCurrency(soci::session& sql, OrgId org) {
    if (!repo_.AnyHourlyCost(sql, org)) return std::nullopt;
    return std::string("users have hourly costs");
  }

 private:
  Result<User> InsertUser(soci::session& sql, OrgId org, NewUser user);
  /// The patch on `current`, in the caller's transaction; sets `access_changed` when streams must end.
  Result<User> ApplyPatch(soci::session& sql, const auth::Principal& caller, const User& current,
                          const UserPatch& patch, bool& access_changed);

  db::Database& db_;
  UserRepository repo_;
  std::vector<DeactivationListener> on_deactivate_;
  events::Revoker* revoker_ = nullptr;
};

}  // namespace clientele::users
