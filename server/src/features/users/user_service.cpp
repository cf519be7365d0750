#include "features/users/user_service.hpp"

#include "platform/auth/crypto.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/money.hpp"
#include "platform/validation/text.hpp"

namespace clientele::users {

namespace {

constexpr std::size_t kMinPasswordLength = 10;
constexpr std::size_t kMaxPasswordLength = 1024;
constexpr std::int64_t kFirstCustomerNumber = 1000;  // the counter's start; the first customer gets 1001

std::vector<FieldError> CheckNewUser(NewUser& user) {
  std::vector<FieldError> errors;
  user.email = validation::FoldCase(validation::Trim(user.email));
  user.name = validation::Trim(user.name);
  if (auto e = validation::CheckEmail(user.email)) errors.push_back({"email", *e});
  if (auto e = validation::CheckLine(user.name, 200)) errors.push_back({"name", *e});
  if (user.password.size() < kMinPasswordLength) {
    errors.push_back({"password", "must be at least " + std::to_string(kMinPasswordLength) + " characters"});
  } else if (user.password.size() > kMaxPasswordLength) {
    errors.push_back({"password", "must be at most " + std::to_string(kMaxPasswordLength) + " characters"});
  }
  return errors;
}

Status RequireSettingsManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage) return Error::Forbidden("Managing users needs the settings right");
  return Ok();
}

/// Labor costs are for settings-managers and financials editors (issue 14).
bool SeesCosts(const auth::Principal& caller) {
  return caller.permissions.settings_manage || caller.permissions.financials.edit != auth::Scope::kNone;
}

/// A user as the caller may see them: the hourly cost only for those who see costs.
User Shown(const auth::Principal& caller, User user) {
  if (!SeesCosts(caller)) user.hourly_cost.reset();
  return user;
}

/// Only the hourly cost (and the version) in the patch: financials editors may change that too.
bool OnlyHourlyCost(const UserPatch& patch) { return !patch.name && !patch.role_id && !patch.is_active; }

void CheckHourlyCost(const UserPatch& patch, const User& current, std::vector<FieldError>& errors) {
  if (!patch.hourly_cost) return;
  if (auto e = validation::CheckMoneyAmount(*patch.hourly_cost)) errors.push_back({"hourlyCost.amount", *e});
  if (patch.hourly_cost_currency != current.cost_currency)
    errors.push_back(
        {"hourlyCost.currency", "must be the organization's base currency " + current.cost_currency});
}

}  // namespace

Result<Organization> UserService::CreateOrganization(const std::string& raw_name) {
  const std::string name = validation::Trim(raw_name);
  if (auto e = validation::CheckLine(name, 200)) return Error::Validation("name", *e);
  return db_.Write([&](soci::session& sql) -> Result<Organization> {
    if (repo_.FindOrganizationByName(sql, name))
      return Error::Conflict("An organization with this name exists");
    const std::string now = util::NowIso();
    Organization org = repo_.InsertOrganization(sql, name, now);
    for (auto builtin : {auth::BuiltinRole::kAdministrator, auth::BuiltinRole::kManager,
                         auth::BuiltinRole::kConsultant, auth::BuiltinRole::kReadOnly}) {
      Role role;
      role.name = std::string(auth::BuiltinRoleName(builtin));
      role.builtin = role.name;
      role.permissions = auth::BuiltinPermissions(builtin);
      repo_.InsertRole(sql, org.id, role);
    }
    repo_.InsertCounter(sql, org.id, "customer_number", kFirstCustomerNumber);
    return org;
  });
}

bool UserService::AnyOrganization() {
  return db_.Read([&](soci::session& sql) { return repo_.CountOrganizations(sql) > 0; });
}

Result<Organization> UserService::FindOrganizationByName(const std::string& name) {
  auto org = db_.Read([&](soci::session& sql) { return repo_.FindOrganizationByName(sql, name); });
  if (!org) return Error::NotFound("No organization named " + name);
  return *org;
}

Result<User> UserService::InsertUser(soci::session& sql, OrgId org, NewUser user) {
  auto errors = CheckNewUser(user);
  if (!repo_.FindRole(sql, org, user.role_id))
    errors.push_back({"roleId", "is not a role of this organization"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  // Unique per organization only: a conflict must not tell an administrator about another organization.
  if (repo_.EmailExists(sql, org, user.email)) {
    Error e = Error::Conflict("A user with this e-mail address exists");
    e.fields.push_back({"email", "is already in use"});
    return e;
  }
  const std::string now = util::NowIso();
  UserId id = repo_.InsertUser(sql, org, user, auth::HashPassword(user.password), now);
  return *repo_.FindUser(sql, org, id);
}

Result<User> UserService::CreateUserInOrganization(const std::string& org_name, const std::string& role_name,
                                                   NewUser user) {
  return db_.Write([&](soci::session& sql) -> Result<User> {
    auto org = repo_.FindOrganizationByName(sql, org_name);
    if (!org) return Error::NotFound("No organization named " + org_name);
    auto role = repo_.FindRoleByName(sql, org->id, role_name);
    if (!role) return Error::Validation("role", "no role named " + role_name + " in " + org_name);
    user.role_id = role->id;
    return InsertUser(sql, org->id, std::move(user));
  });
}

Result<User> UserService::CreateUser(const auth::Principal& caller, NewUser user) {
  CLIENTELE_CHECK(RequireSettingsManage(caller));
  auto created = db_.Write([&](soci::session& sql) { return InsertUser(sql, caller.org, std::move(user)); });
  if (!created.ok()) return created;
  return Shown(caller, created.value());
}

Result<User> UserService::UpdateUser(const auth::Principal& caller, UserId id, const UserPatch& raw) {
  if (raw.hourly_cost && !SeesCosts(caller))
    return Error::Forbidden("Hourly costs are for settings-managers and financials editors");
  if (!(raw.hourly_cost && OnlyHourlyCost(raw))) CLIENTELE_CHECK(RequireSettingsManage(caller));
  UserPatch patch = raw;
  std::vector<FieldError> errors;
  if (!patch.version) errors.push_back({"version", "is required"});
  if (patch.name) {
    patch.name = validation::Trim(*patch.name);
    if (auto e = validation::CheckLine(*patch.name, 200)) errors.push_back({"name", *e});
  }
  if (patch.is_active == false && id == caller.user)
    errors.push_back({"isActive", "you cannot deactivate yourself"});
  bool access_changed = false;
  auto updated = db_.Write([&](soci::session& sql) -> Result<User> {
    auto current = repo_.FindUser(sql, caller.org, id);
    if (!current) return Error::NotFound("No such user");
    if (patch.role_id && !repo_.FindRole(sql, caller.org, *patch.role_id)) {
      errors.push_back({"roleId", "is not a role of this organization"});
    }
    CheckHourlyCost(patch, *current, errors);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    return ApplyPatch(sql, caller, *current, patch, access_changed);
  });
  // After commit: a stream that reconnects then is authenticated against the committed user.
  if (updated.ok() && access_changed && revoker_) revoker_->Revoke({caller.org, id, ""});
  return updated;
}

Result<User> UserService::ApplyPatch(soci::session& sql, const auth::Principal& caller, const User& current,
                                     const UserPatch& patch, bool& access_changed) {
  const std::string now = util::NowIso();
  if (!repo_.UpdateUser(sql, current.org, current.id, patch, now)) {
    Error e = Error::Conflict("Someone else changed this user; reload and try again");
    e.current = Shown(caller, current);
    return e;
  }
  // Also when the user was inactive already: credentials left from before revocation existed go too.
  const bool deactivated = patch.is_active == false;
  if (deactivated)
    for (const auto& listener : on_deactivate_) listener(sql, current.org, current.id, now);
  access_changed = deactivated || (patch.role_id && *patch.role_id != current.role_id);
  return Shown(caller, *repo_.FindUser(sql, current.org, current.id));
}

Result<Page<User>> UserService::ListUsers(const auth::Principal& caller, const UserFilter& filter,
                                          const PageRequest& page) {
  std::optional<std::pair<std::string, std::int64_t>> after;
  if (page.cursor) {
    auto parts = util::DecodeCursor(*page.cursor, 2);
    if (!parts) return Error::Validation("cursor", "is not a cursor from this list");
    try {
      after.emplace((*parts)[0], std::stoll((*parts)[1]));
    } catch (const std::exception&) {
      return Error::Validation("cursor", "is not a cursor from this list");
    }
  }
  Page<User> result;
  result.items = db_.Read(
      [&](soci::session& sql) { return repo_.ListUsers(sql, caller.org, filter, page.limit + 1, after); });
  if (static_cast<int>(result.items.size()) > page.limit) {
    result.items.resize(page.limit);
    const auto& last = result.items.back();
    result.next_cursor = util::EncodeCursor({last.name, std::to_string(last.id.value)});
  }
  for (auto& user : result.items) user = Shown(caller, std::move(user));
  return result;
}

Result<std::vector<Role>> UserService::ListRoles(const auth::Principal& caller) {
  return db_.Read([&](soci::session& sql) { return repo_.ListRoles(sql, caller.org); });
}

std::optional<User> UserService::FindUser(OrgId org, UserId id) {
  return db_.Read([&](soci::session& sql) { return repo_.FindUser(sql, org, id); });
}

std::optional<Organization> UserService::FindOrganization(OrgId org) {
  return db_.Read([&](soci::session& sql) { return repo_.FindOrganization(sql, org); });
}

std::optional<Role> UserService::FindRole(OrgId org, RoleId id) {
  return db_.Read([&](soci::session& sql) { return repo_.FindRole(sql, org, id); });
}

}  // namespace clientele::users
