#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/activities/activity.hpp"

namespace clientele::activities {

/// Whether a lookup counts the activities of the type (a walk over their index: not on the activity hot
/// path).
enum class WithUsage { kNo, kYes };

/// The activity_types table (an organization list). Every statement filters by organization.
class ActivityTypeRepository {
 public:
  /// Every type with its usage count, by kind (to-dos first) and then name.
  std::vector<ActivityType> List(soci::session& sql, OrgId org);
  std::optional<ActivityType> Find(soci::session& sql, OrgId org, ActivityTypeId id,
                                   WithUsage usage = WithUsage::kYes);
  /// The type of `kind` whose case-folded name is `key`.
  std::optional<ActivityTypeId> FindByKey(soci::session& sql, OrgId org, Kind kind, const std::string& key);
  std::int64_t Count(soci::session& sql, OrgId org);
  ActivityTypeId Insert(soci::session& sql, OrgId org, Kind kind, const std::string& name, bool active,
                        UserId by, const std::string& now);
  /// Writes name and active when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, const ActivityType& next, std::int64_t version, UserId by,
              const std::string& now);
  void Delete(soci::session& sql, OrgId org, ActivityTypeId id);
};

}  // namespace clientele::activities
