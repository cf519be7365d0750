#include "features/auth/auth_service.hpp"

#include "platform/auth/crypto.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::auth {

namespace {

using Clock = std::chrono::system_clock;

constexpr auto kTouchEvery =
    std::chrono::seconds(60);  // bounds last-seen writes to one a minute per credential
constexpr const char* kTokenPrefix = "clt_";

/// Verifying against a fixed hash when the e-mail is unknown makes both failures take the same time.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("clientele-dummy-password");
  return hash;
}

bool OlderThan(const std::string& iso, Clock::time_point now, std::chrono::seconds age) {
  auto t = util::ParseIso(iso);
  return !t || *t + age <= now;
}

}  // namespace

Result<SignIn> AuthService::Login(const std::string& raw_email, const std::string& password) {
  const std::string email = validation::FoldCase(validation::Trim(raw_email));
  const auto now = Clock::now();
  const std::string since = util::ToIso(now - policy_.failure_window);
  auto failures = db_.Read(
      [&](soci::session& sql) { return repo_.RecentFailures(sql, email, since, policy_.max_failures); });
  if (static_cast<int>(failures.size()) >= policy_.max_failures) {
    auto oldest = util::ParseIso(failures.front()).value_or(now);
    auto wait = std::chrono::duration_cast<std::chrono::seconds>(oldest + policy_.failure_window - now);
    Error e{ErrorCode::kTooManyRequests, "Too many failed sign-ins; try again later"};
    e.retry_after_seconds = static_cast<int>(std::max<long long>(1, wait.count()));
    return e;
  }
  auto credentials = db_.Read([&](soci::session& sql) { return users_.FindCredentialsByEmail(sql, email); });
  const bool valid = credentials ? VerifyPassword(password, credentials->password_hash)
                                 : (VerifyPassword(password, DummyHash()), false);
  if (!valid || !credentials->user.is_active) {
    (void)db_.Write([&](soci::session& sql) {  // always Ok; failures throw
      repo_.RecordFailure(sql, email, util::ToIso(now));
      return Ok();
    });
    return Error::Unauthenticated("Wrong e-mail or password");
  }
  SignIn result;
  result.session_token = RandomToken();
  const std::string hash = Sha256Hex(result.session_token);
  const std::string csrf = RandomToken();
  auto principal = db_.Write([&](soci::session& sql) -> Result<Principal> {
    repo_.ClearFailures(sql, email);
    repo_.InsertSession(sql, hash, credentials->user.org, credentials->user.id, csrf, util::ToIso(now),
                        util::ToIso(now + policy_.absolute));
    auto stored = repo_.FindSession(sql, hash);
    if (!stored) return Error{ErrorCode::kInternal, "Session vanished"};
    return stored->principal;
  });
  if (!principal.ok()) return std::move(principal).error();
  result.principal = std::move(principal).value();
  return result;
}

Status AuthService::Logout(const Principal& caller) {
  if (caller.method != AuthMethod::kSession) return Ok();
  return db_.Write([&](soci::session& sql) {
    repo_.DeleteSession(sql, caller.session_hash);
    return Ok();
  });
}

Result<Principal> AuthService::AuthenticateSession(const std::string& token) {
  const std::string hash = Sha256Hex(token);
  auto stored = db_.Read([&](soci::session& sql) { return repo_.FindSession(sql, hash); });
  if (!stored || !stored->user_active) return Error::Unauthenticated("Sign in to continue");
  const auto now = Clock::now();
  if (OlderThan(stored->last_seen_at, now, policy_.idle) ||
      OlderThan(stored->expires_at, now, std::chrono::seconds(0))) {
    (void)db_.Write([&](soci::session& sql) {  // always Ok; failures throw
      repo_.DeleteSession(sql, hash);
      return Ok();
    });
    return Error::Unauthenticated("Your session has expired; sign in again");
  }
  if (OlderThan(stored->last_seen_at, now, kTouchEvery)) {
    (void)db_.Write([&](soci::session& sql) {  // always Ok; failures throw
      repo_.TouchSession(sql, hash, util::ToIso(now));
      return Ok();
    });
  }
  return stored->principal;
}

Result<Principal> AuthService::AuthenticateToken(const std::string& token) {
  if (token.rfind(kTokenPrefix, 0) != 0) return Error::Unauthenticated("Unknown API token");
  const std::string hash = Sha256Hex(token);
  auto stored = db_.Read([&](soci::session& sql) { return repo_.FindToken(sql, hash); });
  if (!stored || !stored->user_active) return Error::Unauthenticated("Unknown or revoked API token");
  const auto now = Clock::now();
  if (OlderThan(stored->last_seen_at, now, kTouchEvery)) {
    (void)db_.Write([&](soci::session& sql) {  // always Ok; failures throw
      repo_.TouchToken(sql, hash, util::ToIso(now));
      return Ok();
    });
  }
  return stored->principal;
}

Result<NewApiToken> AuthService::InsertToken(soci::session& sql, OrgId org, UserId user,
                                             const std::string& raw_name) {
  const std::string name = validation::Trim(raw_name.empty() ? "API token" : raw_name);
  if (auto e = validation::CheckLine(name, 100)) return Error::Validation("name", *e);
  NewApiToken result;
  result.secret = kTokenPrefix + RandomToken();
  const std::string now = util::NowIso();
  result.token.id = repo_.InsertToken(sql, org, user, name, Sha256Hex(result.secret), now);
  result.token.name = name;
  result.token.created_at = now;
  return result;
}

Result<NewApiToken> AuthService::CreateToken(const Principal& caller, const std::string& name) {
  return db_.Write([&](soci::session& sql) { return InsertToken(sql, caller.org, caller.user, name); });
}

Result<NewApiToken> AuthService::CreateTokenForEmail(const std::string& email, const std::string& name) {
  return db_.Write([&](soci::session& sql) -> Result<NewApiToken> {
    auto user = users_.FindCredentialsByEmail(sql, validation::FoldCase(validation::Trim(email)));
    if (!user) return Error::NotFound("No user with e-mail " + email);
    return InsertToken(sql, user->user.org, user->user.id, name);
  });
}

Result<std::vector<ApiToken>> AuthService::ListTokens(const Principal& caller) {
  return db_.Read([&](soci::session& sql) { return repo_.ListTokens(sql, caller.org, caller.user); });
}

Status AuthService::RevokeToken(const Principal& caller, TokenId id) {
  return db_.Write([&](soci::session& sql) -> Status {
    if (!repo_.RevokeToken(sql, caller.org, caller.user, id, util::NowIso()))
      return Error::NotFound("No such token");
    return Ok();
  });
}

}  // namespace clientele::auth
