#pragma once

#include <optional>
#include <string>

#include <soci/soci.h>

#include "platform/util/ids.hpp"

namespace clientele::calendar {

/// Whose feed a token opens.
struct FeedOwner {
  OrgId org;
  UserId user;
};

/// The calendar_feeds table: at most one feed per user, found by the SHA-256 of its secret.
class CalendarRepository {
 public:
  /// Replaces the user's feed (if any) with one for `token_hash`.
  void Replace(soci::session& sql, OrgId org, UserId user, const std::string& token_hash,
               const std::string& now);
  /// When the user's feed was made, or nullopt without one.
  std::optional<std::string> CreatedAt(soci::session& sql, OrgId org, UserId user);
  void Delete(soci::session& sql, OrgId org, UserId user);
  /// The active user whose feed has this token hash.
  std::optional<FeedOwner> FindByHash(soci::session& sql, const std::string& token_hash);
};

}  // namespace clientele::calendar
