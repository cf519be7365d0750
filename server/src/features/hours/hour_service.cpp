#include "features/hours/hour_service.hpp"

#include <map>
#include <tuple>

#include "features/hours/hour_access.hpp"
#include "features/hours/iso_week.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/date.hpp"

namespace clientele::hours {

namespace {

void Redact(const auth::Principal& caller, HourEntry& entry) {
  if (!SeesCosts(caller)) entry.unit_cost.reset();
}

std::optional<std::pair<std::string, std::int64_t>> DecodeAfter(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 2);
  if (!parts || validation::CheckDate((*parts)[0])) return std::nullopt;
  try {
    return std::make_pair((*parts)[0], std::stoll((*parts)[1]));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

HourScope ScopeFor(const auth::Principal& caller) {
  switch (caller.permissions.financials.view) {
    case auth::Scope::kAll:
      return HourScope::kAll;
    case auth::Scope::kOwn:
      return HourScope::kOwnProjects;
    case auth::Scope::kNone:
      break;
  }
  return HourScope::kSelf;
}

Status CheckFilter(const auth::Principal& caller, HourFilter& filter) {
  std::vector<FieldError> errors;
  if (filter.from)
    if (auto e = validation::CheckDate(*filter.from)) errors.push_back({"from", *e});
  if (filter.to)
    if (auto e = validation::CheckDate(*filter.to)) errors.push_back({"to", *e});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  if (ScopeFor(caller) == HourScope::kSelf && filter.user && *filter.user != caller.user)
    return Error::Forbidden("Seeing other people's hours needs financials view");
  return Ok();
}

Timesheet BuildTimesheet(std::string week, std::vector<std::string> days,
                         const std::vector<HourEntry>& entries) {
  Timesheet sheet;
  sheet.week = std::move(week);
  sheet.days = std::move(days);
  sheet.day_totals.assign(7, 0);
  // Rows by project number, then work type name; cells by day.
  std::map<std::tuple<std::int64_t, std::string, std::int64_t>, TimesheetRow> rows;
  for (const auto& e : entries) {
    auto& row = rows[{e.project_number, e.work_type_name, e.work_type.value}];
    if (row.cells.empty()) {
      row.project = e.project;
      row.project_number = e.project_number;
      row.project_name = e.project_name;
      row.work_type = e.work_type;
      row.work_type_name = e.work_type_name;
      for (const auto& day : sheet.days) row.cells.push_back({day, 0, {}});
    }
    for (std::size_t d = 0; d < sheet.days.size(); ++d) {
      if (sheet.days[d] != e.date) continue;
      row.cells[d].minutes += e.minutes;
      row.cells[d].entries.push_back({e.id, e.minutes, e.description, e.version, e.invoice_id.has_value()});
      row.total_minutes += e.minutes;
      sheet.day_totals[d] += e.minutes;
      sheet.total_minutes += e.minutes;
    }
  }
  for (auto& [key, row] : rows) sheet.rows.push_back(std::move(row));
  return sheet;
}

}  // namespace

HourEntry HourService::Shown(soci::session& sql, const auth::Principal& caller, HourEntryId id) {
  HourEntry entry = *repo_.Find(sql, caller.org, id);
  Redact(caller, entry);
  return entry;
}

events::Event HourService::EventOf(soci::session& sql, OrgId org, events::ChangeType type,
                                   const projects::Project& project, HourEntryId id) {
  events::Event event;
  event.type = type;
  event.entity = events::Entity::kHourEntry;
  event.id = id.value;
  event.org = org;
  event.customer = project.customer;
  event.project = project.id.value;
  event.audience = projects_.AudienceOf(sql, org, project);
  return event;
}

Result<HourEntry> HourService::Get(const auth::Principal& caller, HourEntryId id) {
  return db_.Read([&](soci::session& sql) -> Result<HourEntry> {
    auto entry = repo_.Find(sql, caller.org, id);
    if (!entry) return Error::NotFound("No such hour entry");
    if (entry->user.id != caller.user) {
      CLIENTELE_TRY(project, projects_.Visible(sql, caller, entry->project));
      if (!MayViewFinancials(caller, project))
        return Error::Forbidden("Seeing other people's hours needs financials view");
    }
    Redact(caller, *entry);
    return std::move(*entry);
  });
}

Result<Page<HourEntry>> HourService::List(const auth::Principal& caller, const HourFilter& raw,
                                          const PageRequest& page) {
  HourFilter filter = raw;
  CLIENTELE_CHECK(CheckFilter(caller, filter));
  std::optional<std::pair<std::string, std::int64_t>> after;
  if (page.cursor) {
    after = DecodeAfter(*page.cursor);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<HourEntry>> {
    Page<HourEntry> result;
    result.items = repo_.List(sql, caller.org, filter, ScopeFor(caller), caller.user, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      const auto& last = result.items.back();
      result.next_cursor = util::EncodeCursor({last.date, std::to_string(last.id.value)});
    }
    for (auto& entry : result.items) Redact(caller, entry);
    return result;
  });
}

Result<Timesheet> HourService::Week(const auth::Principal& caller, const std::string& week) {
  auto days = IsoWeekDays(week);
  if (!days) return Error::Validation("week", "must be an ISO week written YYYY-Www, such as 2026-W49");
  return db_.Read([&](soci::session& sql) -> Result<Timesheet> {
    auto entries =
        repo_.ForUser(sql, caller.org, caller.user, days->front(), days->back(), kMaxTimesheetEntries);
    return BuildTimesheet(week, std::move(*days), entries);
  });
}

}  // namespace clientele::hours
