#include "features/auth/auth_service.hpp"

#include <algorithm>

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

std::optional<Error> AuthService::Throttled(const std::string& email, Clock::time_point now) {
  const std::string since = util::ToIso(now - policy_.failure_window);
  auto failures = db_.Read(
      [&](soci::session& sql) { return repo_.RecentFailures(sql, email, since, policy_.max_failures); });
  if (static_cast<int>(failures.size()) < policy_.max_failures) return std::nullopt;
  auto oldest = util::ParseIso(failures.front()).value_or(now);
  auto wait = std::chrono::duration_cast<std::chrono::seconds>(oldest + policy_.failure_window - now);
  Error e{ErrorCode::kTooManyRequests, "Too many failed sign-ins; try again later"};
  e.retry_after_seconds = static_cast<int>(std::max<long long>(1, wait.count()));
  return e;
}

std::vector<users::UserCredentials> AuthService::Matching(const std::string& email,
                                                          const std::string& password,
                                                          const OrganizationRef& organization) {
  auto accounts = db_.Read([&](soci::session& sql) {
    auto found =
        users_.FindCredentialsByEmail(sql, email, users::AccountState::kActiveOnly, kMaxAccountsPerAddress);
    std::optional<OrgId> named = organization.id;
    if (organization.name) {
      auto org = users_.FindOrganizationByName(sql, *organization.name);
      named = org ? org->id : OrgId();  // an unknown name matches no account
    }
    if (named) std::erase_if(found, [&](const auto& account) { return account.user.org != *named; });
    return found;
  });
  // Without an account the sign-in still takes one verification's time, like a wrong password.
  if (accounts.empty()) (void)VerifyPassword(password, DummyHash());
  std::vector<users::UserCredentials> matches;
  for (auto& account : accounts)
    if (VerifyPassword(password, account.password_hash)) matches.push_back(std::move(account));
  return matches;
}

Error AuthService::ChooseOrganization(const std::vector<users::UserCredentials>& matches) {
  // Only a caller who knows the password of every account listed learns these organizations.
  OrganizationChoices choices;
  db_.Read([&](soci::session& sql) {
    for (const auto& account : matches)
      if (auto org = users_.FindOrganization(sql, account.user.org)) choices.organizations.push_back(*org);
    return 0;
  });
  Error e = Error::Conflict("This address and password open accounts in several organizations; choose one");
  e.fields.push_back({"organization", "is required: the id or name of the organization to sign in to"});
  e.current = std::move(choices);
  return e;
}

Result<SignIn> AuthService::Login(const std::string& raw_email, const std::string& password,
                                  const OrganizationRef& organization) {
  // An address is unique per organization only: the password (and the organization, when named) decides
  // which account this is. Failures still count per address, whatever organization was named.
  const std::string email = validation::FoldCase(validation::Trim(raw_email));
  const auto now = Clock::now();
  if (auto throttled = Throttled(email, now)) return *throttled;
  auto matches = Matching(email, password, organization);
  if (matches.empty()) {
    (void)db_.Write([&](soci::session& sql) {  // always Ok; failures throw
      repo_.RecordFailure(sql, email, util::ToIso(now));
      return Ok();
    });
    return Error::Unauthenticated("Wrong e-mail or password");
  }
  if (matches.size() > 1) return ChooseOrganization(matches);
  return StartSession(matches.front().user, email, now);
}

Result<SignIn> AuthService::StartSession(const users::User& user, const std::string& email,
                                         Clock::time_point now) {
  SignIn result;
  result.session_token = RandomToken();
  const std::string hash = Sha256Hex(result.session_token);
  const std::string csrf = RandomToken();
  auto principal = db_.Write([&](soci::session& sql) -> Result<Principal> {
    repo_.ClearFailures(sql, email);
    repo_.InsertSession(sql, hash, user.org, user.id, csrf, util::ToIso(now),
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
  auto done = db_.Write([&](soci::session& sql) {
    repo_.DeleteSession(sql, caller.session_hash);
    return Ok();
  });
  // The streams opened with this session end with it; the user's other sessions keep theirs.
  if (done.ok() && revoker_) revoker_->Revoke({caller.org, caller.user, caller.session_hash});
  return done;
}

void AuthService::RevokeCredentials(soci::session& sql, OrgId org, UserId user, const std::string& now) {
  repo_.DeleteSessions(sql, org, user);
  repo_.RevokeTokens(sql, org, user, now);
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
    auto users = users_.FindCredentialsByEmail(sql, validation::FoldCase(validation::Trim(email)),
                                               users::AccountState::kAny, 2);
    if (users.empty()) return Error::NotFound("No user with e-mail " + email);
    // An address is unique per organization only; the command line names no organization, so never guess.
    if (users.size() > 1)
      return Error::Conflict("Users in several organizations have e-mail " + email +
                             "; create the token in the web app, signed in as the user");
    return InsertToken(sql, users.front().user.org, users.front().user.id, name);
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
