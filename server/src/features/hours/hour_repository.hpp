#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/hours/hour_entry.hpp"

namespace clientele::hours {

/// The stored fields of an entry, as the service decided them.
struct HourEntryRow {
  UserId user;
  ProjectId project;
  CustomerId customer;
  WorkTypeId work_type;
  std::string date;
  std::int64_t minutes = 0;
  std::string description;
  bool billable = false;
  std::int64_t unit_price = 0;
  std::int64_t unit_cost = 0;
  std::string currency;
};

/// Whose entries a list may show (the caller's financials view, DESIGN.md §6).
enum class HourScope {
  kAll,
  /// The caller's own entries and those on projects the caller owns or is a member of.
  kOwnProjects,
  /// The caller's own entries only.
  kSelf,
};

/// The hour_entries table. Every statement filters by organization.
class HourRepository {
 public:
  HourEntryId Insert(soci::session& sql, OrgId org, const HourEntryRow& row, UserId by,
                     const std::string& now);
  std::optional<HourEntry> Find(soci::session& sql, OrgId org, HourEntryId id);
  /// Writes every field when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, HourEntryId id, std::int64_t version, const HourEntryRow& row,
              UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, HourEntryId id);
  /// The minutes `user` recorded on `date`, leaving out `except` (the entry being changed).
  std::int64_t DayMinutes(soci::session& sql, OrgId org, UserId user, const std::string& date,
                          std::optional<HourEntryId> except);
  /// Newest date first, then newest id; `after` is the (date, id) of the previous page's last entry.
  std::vector<HourEntry> List(soci::session& sql, OrgId org, const HourFilter& filter, HourScope scope,
                              UserId caller, int limit,
                              const std::optional<std::pair<std::string, std::int64_t>>& after);
  /// The user's entries from `from` to `to` (inclusive), by date and id.
  std::vector<HourEntry> ForUser(soci::session& sql, OrgId org, UserId user, const std::string& from,
                                 const std::string& to, int limit);
};

}  // namespace clientele::hours
