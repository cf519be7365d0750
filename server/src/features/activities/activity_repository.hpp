#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/activities/activity.hpp"

namespace clientele::activities {

/// Which card's list: a customer's (its projects' activities included) or one project's.
struct ListScope {
  CustomerId customer;
  std::optional<ProjectId> project;
};

/// Where a list page starts: after this sort key (sort_at when planned, done_at when done) and id.
struct ListAfter {
  std::string key;
  std::int64_t id = 0;
};

/// The activities table. Every statement filters by organization. Rows come without participants and with
/// `project` holding the id only; the service adds both.
class ActivityRepository {
 public:
  ActivityId Insert(soci::session& sql, OrgId org, CustomerId customer, const ActivityValues& values,
                    UserId by, const std::string& now);
  std::optional<Activity> Find(soci::session& sql, OrgId org, ActivityId id);
  /// Planned: by sort_at, then id. Done: by done_at descending, then id descending.
  std::vector<Activity> List(soci::session& sql, OrgId org, const ListScope& scope, ListState state,
                             int limit, const std::optional<ListAfter>& after);
  /// Writes `values` when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, ActivityId id, std::int64_t version,
              const ActivityValues& values, UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, ActivityId id);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);

  /// The calendar feed: dated activities from `from` on that `user` owns, in date order, at most `limit`.
  std::vector<FeedActivity> FeedOwned(soci::session& sql, OrgId org, UserId user, const std::string& from,
                                      int limit);
  /// The same for the activities `user` takes part in.
  std::vector<FeedActivity> FeedParticipating(soci::session& sql, OrgId org, UserId user,
                                              const std::string& from, int limit);
};

}  // namespace clientele::activities
