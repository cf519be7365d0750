#pragma once

#include <optional>
#include <string>

#include "features/hours/hour_entry.hpp"
#include "features/hours/hour_repository.hpp"
#include "features/hours/project_price_repository.hpp"
#include "features/hours/work_type_service.hpp"
#include "features/projects/project_service.hpp"
#include "features/settings/organization_settings_service.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::hours {

/// Hour entries and the weekly timesheet. An entry's unit price and unit cost are decided once, when it is
/// entered (or its user, project or work type changes), so later price changes never rewrite history.
class HourService {
 public:
  HourService(db::Database& db, projects::ProjectService& projects, WorkTypeService& work_types,
              settings::OrganizationSettingsService& settings)
      : db_(db), projects_(projects), work_types_(work_types), settings_(settings) {}

  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }

  Result<HourEntry> Create(const auth::Principal& caller, const NewHourEntry& input);
  Result<HourEntry> Get(const auth::Principal& caller, HourEntryId id);
  Result<HourEntry> Update(const auth::Principal& caller, HourEntryId id, const HourEntryPatch& patch);
  Status Delete(const auth::Principal& caller, HourEntryId id);
  Result<Page<HourEntry>> List(const auth::Principal& caller, const HourFilter& filter,
                               const PageRequest& page);
  /// The caller's ISO week ("2026-W49").
  Result<Timesheet> Week(const auth::Principal& caller, const std::string& week);

 private:
  /// The project an entry's body names: 422 on projectId when it is not one of the organization's.
  Result<projects::Project> ProjectFor(soci::session& sql, const auth::Principal& caller, ProjectId id);
  /// Unit price, unit cost and currency of `row` (user, project, work type set) from the current prices.
  Status Price(soci::session& sql, OrgId org, const projects::Project& project, const WorkType& type,
               HourEntryRow& row);
  /// The work type an entry names: 422 on workTypeId when unknown, or disabled and not `kept`.
  Result<WorkType> WorkTypeFor(soci::session& sql, OrgId org, WorkTypeId id, std::optional<WorkTypeId> kept);
  /// 422 on userId when the user is not an active user of the organization (unless `kept`).
  Status CheckUser(soci::session& sql, OrgId org, UserId user, std::optional<UserId> kept);
  /// 422 on minutes when the user's day would pass 24 hours.
  Status CheckDay(soci::session& sql, OrgId org, const HourEntryRow& row, std::optional<HourEntryId> self);
  /// The entry and its project when the caller may change it (404 / 403 / 409 invoiced or closed).
  Result<std::pair<HourEntry, projects::Project>> Changeable(soci::session& sql,
                                                             const auth::Principal& caller, HourEntryId id);
  Result<HourEntryRow> Patched(soci::session& sql, const auth::Principal& caller, const HourEntry& current,
                               const projects::Project& project, const HourEntryPatch& patch);
  events::Event EventOf(soci::session& sql, OrgId org, events::ChangeType type,
                        const projects::Project& project, HourEntryId id);
  /// The stored entry as the caller may see it (unit cost hidden from those who may not see costs).
  HourEntry Shown(soci::session& sql, const auth::Principal& caller, HourEntryId id);

  db::Database& db_;
  projects::ProjectService& projects_;
  WorkTypeService& work_types_;
  settings::OrganizationSettingsService& settings_;
  HourRepository repo_;
  ProjectPriceRepository prices_;
  users::UserRepository users_{db_.kind()};
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::hours
