#pragma once

#include <map>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/activities/activity.hpp"

namespace clientele::activities {

/// The activity_participants table, and the lookups that check who may take part. Every statement filters
/// by organization.
class ParticipantRepository {
 public:
  /// Replaces the activity's participants with `participants` (already checked), in that order.
  void Replace(soci::session& sql, OrgId org, ActivityId activity,
               const std::vector<ParticipantRef>& participants, const std::string& sort_at);
  /// Keeps the copy of the activity's sort key in step (the calendar feed reads it).
  void SetSortAt(soci::session& sql, OrgId org, ActivityId activity, const std::string& sort_at);
  /// The participants of each of `activities` with their names, in one query.
  std::map<std::int64_t, std::vector<Participant>> ForActivities(soci::session& sql, OrgId org,
                                                                 const std::vector<ActivityId>& activities);
  /// Of `ids`, the users of the organization, each with whether it is active.
  std::map<std::int64_t, bool> UsersActive(soci::session& sql, OrgId org,
                                           const std::vector<std::int64_t>& ids);
  /// Of `ids`, the contacts of the organization, each with its customer.
  std::map<std::int64_t, CustomerId> ContactCustomers(soci::session& sql, OrgId org,
                                                      const std::vector<std::int64_t>& ids);
  /// Up to `limit` active contacts of `customer`, for the data generator.
  std::vector<std::int64_t> ContactsOf(soci::session& sql, OrgId org, CustomerId customer, int limit);
};

}  // namespace clientele::activities
