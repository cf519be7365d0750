#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/users/user.hpp"
#include "platform/db/database.hpp"
#include "platform/util/page.hpp"

namespace clientele::users {

/// Which accounts a lookup by address returns.
enum class AccountState { kActiveOnly, kAny };

/// Storage of organizations, roles and users. Every query names the organization it reads.
class UserRepository {
 public:
  explicit UserRepository(db::DbKind kind) : kind_(kind) {}

  Organization InsertOrganization(soci::session& sql, const std::string& name, const std::string& now);
  std::optional<Organization> FindOrganizationByName(soci::session& sql, const std::string& name);
  std::optional<Organization> FindOrganization(soci::session& sql, OrgId org);
  std::int64_t CountOrganizations(soci::session& sql);
  void InsertCounter(soci::session& sql, OrgId org, const std::string& name, std::int64_t start);

  RoleId InsertRole(soci::session& sql, OrgId org, const Role& role);
  std::vector<Role> ListRoles(soci::session& sql, OrgId org);
  std::optional<Role> FindRole(soci::session& sql, OrgId org, RoleId id);
  std::optional<Role> FindRoleByName(soci::session& sql, OrgId org, const std::string& name);

  UserId InsertUser(soci::session& sql, OrgId org, const NewUser& user, const std::string& password_hash,
                    const std::string& now);
  std::optional<User> FindUser(soci::session& sql, OrgId org, UserId id);
  /// Whether any user of the organization has an hourly cost above zero (costs are in the base currency).
  bool AnyHourlyCost(soci::session& sql, OrgId org);
  /// The accounts with this address, one per organization at most, oldest organization first (at most
  /// `limit`). kActiveOnly: only those that may sign in.
  std::vector<UserCredentials> FindCredentialsByEmail(soci::session& sql, const std::string& email,
                                                      AccountState state, int limit);
  /// Whether `org` has a user with this address (unique per organization).
  bool EmailExists(soci::session& sql, OrgId org, const std::string& email);
  std::vector<User> ListUsers(soci::session& sql, OrgId org, const UserFilter& filter, int limit,
                              const std::optional<std::pair<std::string, std::int64_t>>& after);
  /// Applies the patch when `version` matches; false when it did not (stale).
  bool UpdateUser(soci::session& sql, OrgId org, UserId id, const UserPatch& patch, const std::string& now);

 private:
  db::DbKind kind_;
};

}  // namespace clientele::users
