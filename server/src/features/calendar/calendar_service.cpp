#include "features/calendar/calendar_service.hpp"

#include "features/calendar/feed_ics.hpp"
#include "platform/auth/crypto.hpp"
#include "platform/util/clock.hpp"

namespace clientele::calendar {

Result<FeedState> CalendarService::Get(const auth::Principal& caller) {
  return db_.Read([&](soci::session& sql) -> Result<FeedState> {
    FeedState state;
    state.created_at = repo_.CreatedAt(sql, caller.org, caller.user);
    state.active = state.created_at.has_value();
    return state;
  });
}

Result<FeedState> CalendarService::Create(const auth::Principal& caller) {
  FeedState state;
  state.secret = auth::RandomToken();  // 256 random bits, URL-safe
  state.created_at = util::NowIso();
  state.active = true;
  return db_.Write([&](soci::session& sql) -> Result<FeedState> {
    repo_.Replace(sql, caller.org, caller.user, auth::Sha256Hex(*state.secret), *state.created_at);
    return state;
  });
}

Status CalendarService::Revoke(const auth::Principal& caller) {
  return db_.Write([&](soci::session& sql) -> Status {
    repo_.Delete(sql, caller.org, caller.user);
    return Ok();
  });
}

Result<std::string> CalendarService::Render(const std::string& secret) {
  const auto not_found = Error::NotFound("No such calendar feed");
  // A real secret is 43 URL-safe characters; anything far from that is not worth a lookup.
  if (secret.empty() || secret.size() > 128) return not_found;
  return db_.Read([&](soci::session& sql) -> Result<std::string> {
    auto owner = repo_.FindByHash(sql, auth::Sha256Hex(secret));
    if (!owner) return not_found;
    const auto now = std::chrono::system_clock::now();
    const std::string from = util::ToIso(now - std::chrono::hours(24 * kFeedDaysBack));
    auto items = activities_.Feed(sql, owner->org, owner->user, from, kMaxFeedItems);
    return WriteFeed(items, util::ToIso(now));
  });
}

}  // namespace clientele::calendar
