#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/auth/auth_repository.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::auth {

/// What a successful sign-in hands back: the session token (for the cookie only) and the caller.
struct SignIn {
  std::string session_token;
  Principal principal;
};

/// The organization a sign-in names, by id or by name, for an address with accounts in several.
struct OrganizationRef {
  std::optional<OrgId> id;
  std::optional<std::string> name;
};

/// The `current` of the 409 when the password opens accounts in several organizations: where to choose.
struct OrganizationChoices {
  std::vector<users::Organization> organizations;
};

/// Accounts one sign-in verifies the password against at most (one per organization with the address):
/// each costs an argon2id verification.
inline constexpr int kMaxAccountsPerAddress = 10;

struct NewApiToken {
  ApiToken token;
  std::string secret;  // shown once
};

struct SessionPolicy {
  std::chrono::seconds idle{12 * 3600};
  std::chrono::seconds absolute{14 * 24 * 3600};
  int max_failures = 5;
  std::chrono::seconds failure_window{15 * 60};
};

/// Sign-in with throttling, sessions, and personal API tokens.
class AuthService {
 public:
  AuthService(db::Database& db, SessionPolicy policy = {}) : db_(db), users_(db.kind()), policy_(policy) {}

  /// Told after a sign-out, so that the session's live-update streams end.
  void SetRevoker(events::Revoker& revoker) { revoker_ = &revoker; }

  /// 401 for a wrong e-mail or password (the same answer for both, whatever organizations have the address);
  /// 429 after too many failures; 409 with OrganizationChoices when the password opens accounts in several
  /// organizations and `organization` names none of them.
  Result<SignIn> Login(const std::string& email, const std::string& password,
                       const OrganizationRef& organization = {});
  Status Logout(const Principal& caller);
  /// Inside the transaction that deactivates the user: ends every session and revokes every API token.
  void RevokeCredentials(soci::session& sql, OrgId org, UserId user, const std::string& now);

  /// Resolves a session token from the cookie; 401 when unknown, expired or the user is inactive.
  Result<Principal> AuthenticateSession(const std::string& token);
  /// Resolves a personal API token from `Authorization: Bearer`.
  Result<Principal> AuthenticateToken(const std::string& token);

  Result<NewApiToken> CreateToken(const Principal& caller, const std::string& name);
  /// For the command line: a token for the user with this e-mail.
  Result<NewApiToken> CreateTokenForEmail(const std::string& email, const std::string& name);
  Result<std::vector<ApiToken>> ListTokens(const Principal& caller);
  Status RevokeToken(const Principal& caller, TokenId id);

 private:
  Result<NewApiToken> InsertToken(soci::session& sql, OrgId org, UserId user, const std::string& name);
  /// The 429 when `email` failed too often lately.
  std::optional<Error> Throttled(const std::string& email, std::chrono::system_clock::time_point now);
  /// The active accounts with `email` in the organization named (any, when none is) whose password this is.
  std::vector<users::UserCredentials> Matching(const std::string& email, const std::string& password,
                                               const OrganizationRef& organization);
  /// The 409 that lists the organizations of `matches`, for the caller to name one.
  Error ChooseOrganization(const std::vector<users::UserCredentials>& matches);
  Result<SignIn> StartSession(const users::User& user, const std::string& email,
                              std::chrono::system_clock::time_point now);

  db::Database& db_;
  AuthRepository repo_;
  users::UserRepository users_;
  SessionPolicy policy_;
  events::Revoker* revoker_ = nullptr;
};

}  // namespace clientele::auth
