#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event.hpp"
#include "platform/util/ids.hpp"

namespace clientele::notes {

using ProjectId = Id<struct ProjectTag>;

/// A project as a note, file or link mentions it, with the customer it belongs to.
struct ProjectRef {
  ProjectId id;
  std::int64_t number = 0;
  std::string name;
  CustomerId customer;
};

/// How notes, files and links learn about projects without reading the projects tables: the app wires it to
/// the projects feature.
struct ProjectPort {
  /// Those of `ids` that exist in the organization, in any order (to name the projects of listed records).
  std::function<std::vector<ProjectRef>(soci::session&, OrgId, const std::vector<ProjectId>&)> names;
  /// Those of `ids` that the caller may see by the projects feature's rules (to keep other people's projects'
  /// records off a customer card's lists).
  std::function<std::vector<ProjectRef>(soci::session&, const auth::Principal&,
                                        const std::vector<ProjectId>&)>
      visible_names;
  /// The project when the caller may see it by the projects feature's rules (sales cases and projects, own
  /// or all); 404 or 403 otherwise.
  std::function<Result<ProjectRef>(soci::session&, const auth::Principal&, ProjectId)> visible;
  /// Whose the project is, for the change events of records on it (nullopt when it does not exist).
  std::function<std::optional<events::ProjectAudience>(soci::session&, OrgId, ProjectId)> audience;
};

}  // namespace clientele::notes
