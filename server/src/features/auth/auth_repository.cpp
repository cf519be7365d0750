#include "features/auth/auth_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::auth {

namespace {

constexpr const char* kInsertSession =
    "INSERT INTO sessions (token_hash, org_id, user_id, csrf_token, created_at, last_seen_at, expires_at) "
    "VALUES (:hash, :org, :user, :csrf, :now, :now2, :expires)";
constexpr const char* kPrincipalColumns =
    "SELECT u.org_id, u.id AS user_id, u.name AS user_name, u.is_active, r.id AS role_id, r.customers_view, "
    "r.customers_edit, r.sales_view, r.sales_edit, r.projects_view, r.projects_edit, r.financials_view, "
    "r.financials_edit, r.settings_manage, r.delete_customers, ";
constexpr const char* kSelectSession =
    "s.csrf_token, s.last_seen_at, s.expires_at FROM sessions s "
    "JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id "
    "JOIN roles r ON r.org_id = u.org_id AND r.id = u.role_id WHERE s.token_hash = :hash";
constexpr const char* kSelectToken =
    "'' AS csrf_token, COALESCE(t.last_used_at, '') AS last_seen_at, '' AS expires_at FROM api_tokens t "
    "JOIN users u ON u.org_id = t.org_id AND u.id = t.user_id "
    "JOIN roles r ON r.org_id = u.org_id AND r.id = u.role_id "
    "WHERE t.token_hash = :hash AND t.revoked_at IS NULL";
constexpr const char* kTouchSession = "UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash";
constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE token_hash = :hash";
constexpr const char* kDeleteUserSessions = "DELETE FROM sessions WHERE org_id = :org AND user_id = :user";

constexpr const char* kInsertToken =
    "INSERT INTO api_tokens (org_id, user_id, name, token_hash, created_at) "
    "VALUES (:org, :user, :name, :hash, :now) RETURNING id";
constexpr const char* kTouchToken = "UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash";
constexpr const char* kListTokens =
    "SELECT id, name, created_at, last_used_at FROM api_tokens "
    "WHERE org_id = :org AND user_id = :user AND revoked_at IS NULL ORDER BY id LIMIT 200";
constexpr const char* kRevokeToken =
    "UPDATE api_tokens SET revoked_at = :now "
    "WHERE org_id = :org AND user_id = :user AND id = :id AND revoked_at IS NULL";
constexpr const char* kRevokeUserTokens =
    "UPDATE api_tokens SET revoked_at = :now WHERE org_id = :org AND user_id = :user AND revoked_at IS NULL";

constexpr const char* kInsertFailure = "INSERT INTO login_failures (email, failed_at) VALUES (:email, :now)";
constexpr const char* kSelectFailures =
    "SELECT failed_at FROM login_failures WHERE email = :email AND failed_at >= :since ORDER BY failed_at "
    "LIMIT :cap";
constexpr const char* kClearFailures = "DELETE FROM login_failures WHERE email = :email";

std::optional<StoredCredential> FindCredential(soci::session& sql, const std::string& tail,
                                               const std::string& token_hash, AuthMethod method) {
  db::Query query(std::string(kPrincipalColumns) + tail);
  query.Bind("hash", token_hash);
  std::optional<StoredCredential> found;
  query.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    auto scope = [&](const char* c) { return ParseScope(r.Text(c)).value_or(Scope::kNone); };
    StoredCredential c;
    Principal& p = c.principal;
    p.org = OrgId(r.Int("org_id"));
    p.user = UserId(r.Int("user_id"));
    p.user_name = r.Text("user_name");
    p.role = RoleId(r.Int("role_id"));
    p.permissions.customers = {scope("customers_view"), scope("customers_edit")};
    p.permissions.sales = {scope("sales_view"), scope("sales_edit")};
    p.permissions.projects = {scope("projects_view"), scope("projects_edit")};
    p.permissions.financials = {scope("financials_view"), scope("financials_edit")};
    p.permissions.settings_manage = r.Bool("settings_manage");
    p.permissions.delete_customers = r.Bool("delete_customers");
    p.method = method;
    p.csrf_token = r.Text("csrf_token");
    p.session_hash = method == AuthMethod::kSession ? token_hash : "";
    c.user_active = r.Bool("is_active");
    c.last_seen_at = r.Text("last_seen_at");
    c.expires_at = r.Text("expires_at");
    found = std::move(c);
  });
  return found;
}

}  // namespace

void AuthRepository::InsertSession(soci::session& sql, const std::string& token_hash, OrgId org, UserId user,
                                   const std::string& csrf_token, const std::string& now,
                                   const std::string& expires_at) {
  long long o = org.value, u = user.value;
  sql << kInsertSession, soci::use(token_hash, "hash"), soci::use(o, "org"), soci::use(u, "user"),
      soci::use(csrf_token, "csrf"), soci::use(now, "now"), soci::use(now, "now2"),
      soci::use(expires_at, "expires");
}

std::optional<StoredCredential> AuthRepository::FindSession(soci::session& sql,
                                                            const std::string& token_hash) {
  return FindCredential(sql, kSelectSession, token_hash, AuthMethod::kSession);
}

void AuthRepository::TouchSession(soci::session& sql, const std::string& token_hash, const std::string& now) {
  sql << kTouchSession, soci::use(now, "now"), soci::use(token_hash, "hash");
}

void AuthRepository::DeleteSession(soci::session& sql, const std::string& token_hash) {
  sql << kDeleteSession, soci::use(token_hash, "hash");
}

void AuthRepository::DeleteSessions(soci::session& sql, OrgId org, UserId user) {
  long long o = org.value, u = user.value;
  sql << kDeleteUserSessions, soci::use(o, "org"), soci::use(u, "user");
}

TokenId AuthRepository::InsertToken(soci::session& sql, OrgId org, UserId user, const std::string& name,
                                    const std::string& token_hash, const std::string& now) {
  long long o = org.value, u = user.value, id = 0;
  sql << kInsertToken, soci::use(o, "org"), soci::use(u, "user"), soci::use(name, "name"),
      soci::use(token_hash, "hash"), soci::use(now, "now"), soci::into(id);
  return TokenId(id);
}

std::optional<StoredCredential> AuthRepository::FindToken(soci::session& sql, const std::string& token_hash) {
  return FindCredential(sql, kSelectToken, token_hash, AuthMethod::kToken);
}

void AuthRepository::TouchToken(soci::session& sql, const std::string& token_hash, const std::string& now) {
  sql << kTouchToken, soci::use(now, "now"), soci::use(token_hash, "hash");
}

std::vector<ApiToken> AuthRepository::ListTokens(soci::session& sql, OrgId org, UserId user) {
  long long o = org.value, u = user.value;
  std::vector<ApiToken> out;
  soci::rowset<soci::row> rows = (sql.prepare << kListTokens, soci::use(o, "org"), soci::use(u, "user"));
  for (const auto& row : rows) {
    db::RowReader r(row);
    out.push_back({TokenId(r.Int("id")), r.Text("name"), r.Text("created_at"), r.OptText("last_used_at")});
  }
  return out;
}

bool AuthRepository::RevokeToken(soci::session& sql, OrgId org, UserId user, TokenId id,
                                 const std::string& now) {
  long long o = org.value, u = user.value, i = id.value;
  soci::statement st = (sql.prepare << kRevokeToken, soci::use(now, "now"), soci::use(o, "org"),
                        soci::use(u, "user"), soci::use(i, "id"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void AuthRepository::RevokeTokens(soci::session& sql, OrgId org, UserId user, const std::string& now) {
  long long o = org.value, u = user.value;
  sql << kRevokeUserTokens, soci::use(now, "now"), soci::use(o, "org"), soci::use(u, "user");
}

void AuthRepository::RecordFailure(soci::session& sql, const std::string& email, const std::string& now) {
  sql << kInsertFailure, soci::use(email, "email"), soci::use(now, "now");
}

std::vector<std::string> AuthRepository::RecentFailures(soci::session& sql, const std::string& email,
                                                        const std::string& since, int cap) {
  long long c = cap;
  std::vector<std::string> out;
  soci::rowset<std::string> rows = (sql.prepare << kSelectFailures, soci::use(email, "email"),
                                    soci::use(since, "since"), soci::use(c, "cap"));
  for (const auto& at : rows) out.push_back(at);
  return out;
}

void AuthRepository::ClearFailures(soci::session& sql, const std::string& email) {
  sql << kClearFailures, soci::use(email, "email");
}

}  // namespace clientele::auth
