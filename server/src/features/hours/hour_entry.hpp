#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/hours/work_type.hpp"
#include "features/projects/project.hpp"
#include "platform/util/page.hpp"

namespace clientele::hours {

using HourEntryId = Id<struct HourEntryTag>;
using projects::ProjectId;

/// Time one user spent on one project on one local date, priced when it was entered.
struct HourEntry {
  HourEntryId id;
  UserRef user;
  ProjectId project;
  std::int64_t project_number = 0;
  std::string project_name;
  CustomerId customer;
  WorkTypeId work_type;
  std::string work_type_name;
  std::string date;  // YYYY-MM-DD
  std::int64_t minutes = 0;
  std::string description;
  bool billable = false;
  /// Minor units per hour of `currency` (the project's), copied at entry time.
  std::int64_t unit_price = 0;
  /// Labor cost per hour; nullopt in answers to callers who may not see costs.
  std::optional<std::int64_t> unit_cost;
  std::string currency;
  std::optional<std::int64_t> invoice_id;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new entry as the client sent it (not yet validated).
struct NewHourEntry {
  std::optional<std::int64_t> user_id;  // default: the caller
  std::optional<std::int64_t> project_id;
  std::optional<std::int64_t> work_type_id;
  std::optional<std::string> date;
  std::optional<std::int64_t> minutes;
  std::optional<std::string> description;
  std::optional<bool> billable;
};

/// A partial update; changing the user, project or work type prices the entry again.
struct HourEntryPatch {
  std::optional<std::int64_t> version;
  Field<std::int64_t> user_id;
  Field<std::int64_t> project_id;
  Field<std::int64_t> work_type_id;
  Field<std::string> date;
  Field<std::int64_t> minutes;
  Field<std::string> description;
  Field<bool> billable;
};

/// The filters of GET /api/v1/hours; dates inclusive.
struct HourFilter {
  std::optional<UserId> user;
  std::optional<ProjectId> project;
  std::optional<CustomerId> customer;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<bool> billable;
  std::optional<bool> invoiced;
};

/// One cell of the timesheet: a day of a row, and the entries behind it (for per-entry saves).
struct TimesheetCell {
  std::string date;
  std::int64_t minutes = 0;
  struct Entry {
    HourEntryId id;
    std::int64_t minutes = 0;
    std::string description;
    std::int64_t version = 1;
    bool invoiced = false;
  };
  std::vector<Entry> entries;
};

/// A row of the timesheet: one project and work type over the seven days.
struct TimesheetRow {
  ProjectId project;
  std::int64_t project_number = 0;
  std::string project_name;
  WorkTypeId work_type;
  std::string work_type_name;
  std::vector<TimesheetCell> cells;  // Monday to Sunday
  std::int64_t total_minutes = 0;
};

/// The caller's ISO week.
struct Timesheet {
  std::string week;               // 2026-W49
  std::vector<std::string> days;  // Monday to Sunday, YYYY-MM-DD
  std::vector<TimesheetRow> rows;
  std::vector<std::int64_t> day_totals;
  std::int64_t total_minutes = 0;
};

/// At most this many entries feed one timesheet (a week of one user; far above any real week).
inline constexpr int kMaxTimesheetEntries = 2000;

}  // namespace clientele::hours
