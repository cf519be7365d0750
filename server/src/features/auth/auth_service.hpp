#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/auth/auth_repository.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::auth {

/// What a successful sign-in hands back: the session token (for the cookie only) and the caller.
struct SignIn {
  std::string session_token;
  Principal principal;
};

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

  /// 401 for a wrong e-mail or password (the same answer for both); 429 after too many failures.
  Result<SignIn> Login(const std::string& email, const std::string& password);
  Status Logout(const Principal& caller);

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

  db::Database& db_;
  AuthRepository repo_;
  users::UserRepository users_;
  SessionPolicy policy_;
};

}  // namespace clientele::auth
