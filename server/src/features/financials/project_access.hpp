#pragma once

#include <functional>
#include <optional>
#include <string>

#include <soci/soci.h>

#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event.hpp"
#include "platform/util/ids.hpp"

namespace clientele::financials {

using ProjectId = Id<struct ProjectTag>;

/// What the financials need to know about a project: whose it is, its customer and its currency.
struct ProjectFacts {
  ProjectId id;
  CustomerId customer;
  /// ISO 4217: every amount of the project's hours, fees and forecasts is in it.
  std::string currency;
  /// Owner, sales person and members ("own" in the financials area, as in the projects area).
  events::ProjectAudience audience;
};

/// How the financials learn about projects, customers and the organization without reading their tables:
/// the app wires it to the projects, customers and users features.
struct ProjectPort {
  /// The project when the caller may see it by the projects feature's rules; 404 or 403 otherwise.
  std::function<Result<ProjectFacts>(soci::session&, const auth::Principal&, ProjectId)> visible;
  /// The customer's account owner, for the audience of change events.
  std::function<std::optional<UserId>(soci::session&, OrgId, CustomerId)> account_owner;
  /// Today's date (YYYY-MM-DD) in the organization's time zone.
  std::function<std::string(soci::session&, OrgId)> today;
};

/// What the caller wants to do: the financials area's view or edit right (DESIGN.md §6).
enum class Need { kView, kEdit };

/// The financials area's rights on a project: the project must be visible to the caller, and the caller's
/// financials view (or edit) scope must cover it ("own": owner, sales person or member).
class ProjectAccess {
 public:
  explicit ProjectAccess(const ProjectPort& port) : port_(port) {}

  Result<ProjectFacts> Project(soci::session& sql, const auth::Principal& caller, ProjectId project,
                               Need need) const;
  /// The change event of a financial record on `project` (`id`: the record's, or the project's).
  events::Event EventOf(soci::session& sql, OrgId org, events::ChangeType type, events::Entity entity,
                        std::int64_t id, const ProjectFacts& project) const;
  /// Today in the organization's time zone (UTC when the port does not say).
  std::string Today(soci::session& sql, OrgId org) const;

 private:
  const ProjectPort& port_;
};

}  // namespace clientele::financials
