#pragma once

#include <optional>
#include <string>

#include "features/activities/activity_service.hpp"
#include "features/calendar/calendar_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::calendar {

/// A user's calendar feed as the settings page shows it. `secret` is set only right after it was made.
struct FeedState {
  bool active = false;
  std::optional<std::string> created_at;
  std::optional<std::string> secret;
};

/// How far back the feed reaches, and how much it holds at most.
inline constexpr int kFeedDaysBack = 90;
inline constexpr int kMaxFeedItems = 2000;

/// Each user's private iCalendar feed of their activities (owned or taking part). The URL's secret is the
/// only credential, so only its SHA-256 is stored and a new one revokes the old.
class CalendarService {
 public:
  CalendarService(db::Database& db, activities::ActivityService& activities)
      : db_(db), activities_(activities) {}

  Result<FeedState> Get(const auth::Principal& caller);
  /// Makes a new secret and revokes any earlier one.
  Result<FeedState> Create(const auth::Principal& caller);
  Status Revoke(const auth::Principal& caller);
  /// Inside the transaction that deactivates the user: the feed URL stops for good.
  void RevokeFeed(soci::session& sql, OrgId org, UserId user) { repo_.Delete(sql, org, user); }
  /// The feed's iCalendar text for the secret in its URL; 404 for an unknown or revoked one.
  Result<std::string> Render(const std::string& secret);

 private:
  db::Database& db_;
  activities::ActivityService& activities_;
  CalendarRepository repo_;
};

}  // namespace clientele::calendar
