#include "features/users/user_repository.hpp"

#include "platform/db/row.hpp"

namespace clientele::users {

namespace {

constexpr const char* kInsertOrganization =
    "INSERT INTO organizations (name, created_at) VALUES (:name, :now) RETURNING id";
constexpr const char* kSelectOrganizationByName =
    "SELECT id, name, created_at FROM organizations WHERE name = :name";
constexpr const char* kSelectOrganization = "SELECT id, name, created_at FROM organizations WHERE id = :id";
constexpr const char* kCountOrganizations = "SELECT COUNT(*) FROM organizations";
constexpr const char* kInsertCounter =
    "INSERT INTO org_counters (org_id, name, value) VALUES (:org, :name, :value)";

constexpr const char* kInsertRole =
    "INSERT INTO roles (org_id, name, builtin, customers_view, customers_edit, sales_view, sales_edit, "
    "projects_view, projects_edit, financials_view, financials_edit, settings_manage, delete_customers) "
    "VALUES (:org, :name, :builtin, :cv, :ce, :sv, :se, :pv, :pe, :fv, :fe, :sm, :dc) RETURNING id";
constexpr const char* kRoleColumns =
    "SELECT id, name, builtin, customers_view, customers_edit, sales_view, sales_edit, projects_view, "
    "projects_edit, financials_view, financials_edit, settings_manage, delete_customers FROM roles ";
constexpr const char* kWhereRoleOrg = "WHERE org_id = :org ORDER BY id";
constexpr const char* kWhereRoleId = "WHERE org_id = :org AND id = :id";
constexpr const char* kWhereRoleName = "WHERE org_id = :org AND name = :name";

constexpr const char* kInsertUser =
    "INSERT INTO users (org_id, email, name, role_id, password_hash, is_active, created_at, updated_at, "
    "version) "
    "VALUES (:org, :email, :name, :role, :hash, 1, :now, :now2, 1) RETURNING id";
constexpr const char* kUserColumns =
    "SELECT u.id, u.org_id, u.email, u.name, u.role_id, r.name AS role_name, u.is_active, u.created_at, "
    "u.updated_at, u.version, u.password_hash, u.hourly_cost, o.base_currency AS cost_currency FROM users u "
    "JOIN roles r ON r.org_id = u.org_id AND r.id = u.role_id JOIN organizations o ON o.id = u.org_id ";
constexpr const char* kWhereUserId = "WHERE u.org_id = :org AND u.id = :id";
// An address is unique per organization (migration 0008): several organizations may each have it.
constexpr const char* kWhereUserEmail = "WHERE u.email = :email ORDER BY u.org_id LIMIT :lim";
constexpr const char* kWhereActiveUserEmail =
    "WHERE u.email = :email AND u.is_active = 1 ORDER BY u.org_id LIMIT :lim";
constexpr const char* kSelectEmailExists =
    "SELECT COUNT(*) FROM users WHERE org_id = :org AND email = :email";
constexpr const char* kCountCosted = "SELECT COUNT(*) FROM users WHERE org_id = :org AND hourly_cost > 0";
constexpr const char* kUpdateUser =
    "UPDATE users SET name = COALESCE(:name, name), role_id = COALESCE(:role, role_id), "
    "is_active = COALESCE(:active, is_active), hourly_cost = COALESCE(:cost, hourly_cost), updated_at = "
    ":now, "
    "version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";

Role ReadRole(const soci::row& row) {
  db::RowReader r(row);
  auto scope = [&](const char* column) {
    return auth::ParseScope(r.Text(column)).value_or(auth::Scope::kNone);
  };
  Role role;
  role.id = RoleId(r.Int("id"));
  role.name = r.Text("name");
  role.builtin = r.OptText("builtin");
  role.permissions.customers = {scope("customers_view"), scope("customers_edit")};
  role.permissions.sales = {scope("sales_view"), scope("sales_edit")};
  role.permissions.projects = {scope("projects_view"), scope("projects_edit")};
  role.permissions.financials = {scope("financials_view"), scope("financials_edit")};
  role.permissions.settings_manage = r.Bool("settings_manage");
  role.permissions.delete_customers = r.Bool("delete_customers");
  return role;
}

UserCredentials ReadUser(const soci::row& row) {
  db::RowReader r(row);
  UserCredentials c;
  c.user.id = UserId(r.Int("id"));
  c.user.org = OrgId(r.Int("org_id"));
  c.user.email = r.Text("email");
  c.user.name = r.Text("name");
  c.user.role_id = RoleId(r.Int("role_id"));
  c.user.role_name = r.Text("role_name");
  c.user.is_active = r.Bool("is_active");
  c.user.created_at = r.Text("created_at");
  c.user.updated_at = r.Text("updated_at");
  c.user.version = r.Int("version");
  c.user.hourly_cost = r.Int("hourly_cost");
  c.user.cost_currency = r.Text("cost_currency");
  c.password_hash = r.Text("password_hash");
  return c;
}

Organization ReadOrganization(const soci::row& row) {
  db::RowReader r(row);
  return {OrgId(r.Int("id")), r.Text("name"), r.Text("created_at")};
}

}  // namespace

Organization UserRepository::InsertOrganization(soci::session& sql, const std::string& name,
                                                const std::string& now) {
  long long id = 0;
  sql << kInsertOrganization, soci::use(name, "name"), soci::use(now, "now"), soci::into(id);
  return {OrgId(id), name, now};
}

std::optional<Organization> UserRepository::FindOrganizationByName(soci::session& sql,
                                                                   const std::string& name) {
  soci::rowset<soci::row> rows = (sql.prepare << kSelectOrganizationByName, soci::use(name, "name"));
  for (const auto& row : rows) return ReadOrganization(row);
  return std::nullopt;
}

std::optional<Organization> UserRepository::FindOrganization(soci::session& sql, OrgId org) {
  long long id = org.value;
  soci::rowset<soci::row> rows = (sql.prepare << kSelectOrganization, soci::use(id, "id"));
  for (const auto& row : rows) return ReadOrganization(row);
  return std::nullopt;
}

std::int64_t UserRepository::CountOrganizations(soci::session& sql) {
  long long count = 0;
  sql << kCountOrganizations, soci::into(count);
  return count;
}

void UserRepository::InsertCounter(soci::session& sql, OrgId org, const std::string& name,
                                   std::int64_t start) {
  long long o = org.value, v = start;
  sql << kInsertCounter, soci::use(o, "org"), soci::use(name, "name"), soci::use(v, "value");
}

RoleId UserRepository::InsertRole(soci::session& sql, OrgId org, const Role& role) {
  long long o = org.value, id = 0;
  const auto& p = role.permissions;
  std::string cv(auth::ScopeName(p.customers.view)), ce(auth::ScopeName(p.customers.edit));
  std::string sv(auth::ScopeName(p.sales.view)), se(auth::ScopeName(p.sales.edit));
  std::string pv(auth::ScopeName(p.projects.view)), pe(auth::ScopeName(p.projects.edit));
  std::string fv(auth::ScopeName(p.financials.view)), fe(auth::ScopeName(p.financials.edit));
  int sm = p.settings_manage ? 1 : 0, dc = p.delete_customers ? 1 : 0;
  std::string builtin = role.builtin.value_or("");
  soci::indicator builtin_ind = role.builtin ? soci::i_ok : soci::i_null;
  sql << kInsertRole, soci::use(o, "org"), soci::use(role.name, "name"),
      soci::use(builtin, builtin_ind, "builtin"), soci::use(cv, "cv"), soci::use(ce, "ce"),
      soci::use(sv, "sv"), soci::use(se, "se"), soci::use(pv, "pv"), soci::use(pe, "pe"), soci::use(fv, "fv"),
      soci::use(fe, "fe"), soci::use(sm, "sm"), soci::use(dc, "dc"), soci::into(id);
  return RoleId(id);
}

std::vector<Role> UserRepository::ListRoles(soci::session& sql, OrgId org) {
  long long o = org.value;
  std::vector<Role> out;
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string(kRoleColumns) + kWhereRoleOrg, soci::use(o, "org"));
  for (const auto& row : rows) out.push_back(ReadRole(row));
  return out;
}

std::optional<Role> UserRepository::FindRole(soci::session& sql, OrgId org, RoleId id) {
  long long o = org.value, i = id.value;
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string(kRoleColumns) + kWhereRoleId, soci::use(o, "org"), soci::use(i, "id"));
  for (const auto& row : rows) return ReadRole(row);
  return std::nullopt;
}

std::optional<Role> UserRepository::FindRoleByName(soci::session& sql, OrgId org, const std::string& name) {
  long long o = org.value;
  soci::rowset<soci::row> rows = (sql.prepare << std::string(kRoleColumns) + kWhereRoleName,
                                  soci::use(o, "org"), soci::use(name, "name"));
  for (const auto& row : rows) return ReadRole(row);
  return std::nullopt;
}

UserId UserRepository::InsertUser(soci::session& sql, OrgId org, const NewUser& user,
                                  const std::string& password_hash, const std::string& now) {
  long long o = org.value, role = user.role_id.value, id = 0;
  sql << kInsertUser, soci::use(o, "org"), soci::use(user.email, "email"), soci::use(user.name, "name"),
      soci::use(role, "role"), soci::use(password_hash, "hash"), soci::use(now, "now"),
      soci::use(now, "now2"), soci::into(id);
  return UserId(id);
}

std::optional<User> UserRepository::FindUser(soci::session& sql, OrgId org, UserId id) {
  long long o = org.value, i = id.value;
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string(kUserColumns) + kWhereUserId, soci::use(o, "org"), soci::use(i, "id"));
  for (const auto& row : rows) return ReadUser(row).user;
  return std::nullopt;
}

std::vector<UserCredentials> UserRepository::FindCredentialsByEmail(soci::session& sql,
                                                                    const std::string& email,
                                                                    AccountState state, int limit) {
  long long lim = limit;
  const char* where = state == AccountState::kActiveOnly ? kWhereActiveUserEmail : kWhereUserEmail;
  soci::rowset<soci::row> rows =
      (sql.prepare << std::string(kUserColumns) + where, soci::use(email, "email"), soci::use(lim, "lim"));
  std::vector<UserCredentials> out;
  for (const auto& row : rows) out.push_back(ReadUser(row));
  return out;
}

bool UserRepository::EmailExists(soci::session& sql, OrgId org, const std::string& email) {
  long long count = 0, o = org.value;
  sql << kSelectEmailExists, soci::use(o, "org"), soci::use(email, "email"), soci::into(count);
  return count > 0;
}

std::vector<User> UserRepository::ListUsers(
    soci::session& sql, OrgId org, const UserFilter& filter, int limit,
    const std::optional<std::pair<std::string, std::int64_t>>& after) {
  // Organizations have tens to hundreds of users: the (org_id, name, id) index serves the keyset order.
  std::string query = std::string(kUserColumns) + "WHERE u.org_id = :org";
  long long o = org.value, lim = limit, after_id = after ? after->second : 0,
            active = filter.active.value_or(true);
  std::string after_name = after ? after->first : "";
  std::string pattern = filter.q ? "%" + *filter.q + "%" : "";
  if (filter.active) query += " AND u.is_active = :active";
  if (filter.q) query += " AND (lower(u.name) LIKE lower(:q) OR lower(u.email) LIKE lower(:q2))";
  if (after) query += " AND (u.name > :after_name OR (u.name = :after_name2 AND u.id > :after_id))";
  query += " ORDER BY u.name, u.id LIMIT :lim";
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  if (filter.active) st.exchange(soci::use(active, "active"));
  if (filter.q) {
    st.exchange(soci::use(pattern, "q"));
    st.exchange(soci::use(pattern, "q2"));
  }
  if (after) {
    st.exchange(soci::use(after_name, "after_name"));
    st.exchange(soci::use(after_name, "after_name2"));
    st.exchange(soci::use(after_id, "after_id"));
  }
  st.exchange(soci::use(lim, "lim"));
  soci::row row;
  st.exchange(soci::into(row));
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  std::vector<User> out;
  if (st.execute(true)) {
    do {
      out.push_back(ReadUser(row).user);
    } while (st.fetch());
  }
  return out;
}

bool UserRepository::UpdateUser(soci::session& sql, OrgId org, UserId id, const UserPatch& patch,
                                const std::string& now) {
  long long o = org.value, i = id.value, v = patch.version.value_or(0);
  std::string name = patch.name.value_or("");
  long long role = patch.role_id ? patch.role_id->value : 0;
  long long active = patch.is_active ? (*patch.is_active ? 1 : 0) : 0;
  soci::indicator name_ind = patch.name ? soci::i_ok : soci::i_null;
  soci::indicator role_ind = patch.role_id ? soci::i_ok : soci::i_null;
  soci::indicator active_ind = patch.is_active ? soci::i_ok : soci::i_null;
  long long cost = patch.hourly_cost.value_or(0);
  soci::indicator cost_ind = patch.hourly_cost ? soci::i_ok : soci::i_null;
  soci::statement st =
      (sql.prepare << kUpdateUser, soci::use(name, name_ind, "name"), soci::use(role, role_ind, "role"),
       soci::use(active, active_ind, "active"), soci::use(cost, cost_ind, "cost"), soci::use(now, "now"),
       soci::use(o, "org"), soci::use(i, "id"), soci::use(v, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool UserRepository::AnyHourlyCost(soci::session& sql, OrgId org) {
  long long o = org.value, count = 0;
  sql << kCountCosted, soci::use(o, "org"), soci::into(count);
  return count > 0;
}

}  // namespace clientele::users
