#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "platform/auth/principal.hpp"
#include "platform/util/ids.hpp"

namespace clientele::auth {

/// A stored session or token joined with its user and role: everything a request needs to know its caller.
struct StoredCredential {
  Principal principal;
  bool user_active = false;
  std::string last_seen_at;  // sessions only
  std::string expires_at;    // sessions only
};

struct ApiToken {
  TokenId id;
  std::string name;
  std::string created_at;
  std::optional<std::string> last_used_at;
};

/// Sessions, API tokens and failed sign-ins. Tokens are stored as SHA-256 hashes only.
class AuthRepository {
 public:
  void InsertSession(soci::session& sql, const std::string& token_hash, OrgId org, UserId user,
                     const std::string& csrf_token, const std::string& now, const std::string& expires_at);
  std::optional<StoredCredential> FindSession(soci::session& sql, const std::string& token_hash);
  void TouchSession(soci::session& sql, const std::string& token_hash, const std::string& now);
  void DeleteSession(soci::session& sql, const std::string& token_hash);
  /// Every session of the user (deactivation).
  void DeleteSessions(soci::session& sql, OrgId org, UserId user);

  TokenId InsertToken(soci::session& sql, OrgId org, UserId user, const std::string& name,
                      const std::string& token_hash, const std::string& now);
  std::optional<StoredCredential> FindToken(soci::session& sql, const std::string& token_hash);
  void TouchToken(soci::session& sql, const std::string& token_hash, const std::string& now);
  std::vector<ApiToken> ListTokens(soci::session& sql, OrgId org, UserId user);
  /// False when the token does not exist for this user or is already revoked.
  bool RevokeToken(soci::session& sql, OrgId org, UserId user, TokenId id, const std::string& now);
  /// Every token of the user that is not revoked yet (deactivation).
  void RevokeTokens(soci::session& sql, OrgId org, UserId user, const std::string& now);

  void RecordFailure(soci::session& sql, const std::string& email, const std::string& now);
  /// Failures for `email` at or after `since`, oldest first (at most `cap` of them).
  std::vector<std::string> RecentFailures(soci::session& sql, const std::string& email,
                                          const std::string& since, int cap);
  void ClearFailures(soci::session& sql, const std::string& email);
};

}  // namespace clientele::auth
