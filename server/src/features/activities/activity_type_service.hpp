#pragma once

#include <optional>
#include <vector>

#include "features/activities/activity.hpp"
#include "features/activities/activity_type_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::activities {

/// The organization's activity types (Settings). Anyone signed in reads them (the activity form needs
/// them); changing them needs the settings right. A type in use cannot be deleted, only disabled.
class ActivityTypeService {
 public:
  explicit ActivityTypeService(db::Database& db) : db_(db) {}

  Result<std::vector<ActivityType>> List(const auth::Principal& caller);
  Result<ActivityType> Create(const auth::Principal& caller, const NewActivityType& input);
  Result<ActivityType> Update(const auth::Principal& caller, ActivityTypeId id,
                              const ActivityTypePatch& patch);
  Status Delete(const auth::Principal& caller, ActivityTypeId id);

  /// For the activities, inside their transaction (without the usage count).
  std::optional<ActivityType> Find(soci::session& sql, OrgId org, ActivityTypeId id) {
    return repo_.Find(sql, org, id, WithUsage::kNo);
  }

 private:
  Result<std::string> CheckName(soci::session& sql, OrgId org, Kind kind, const std::string& name,
                                std::optional<ActivityTypeId> self);

  db::Database& db_;
  ActivityTypeRepository repo_;
};

}  // namespace clientele::activities
