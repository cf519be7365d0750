#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

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
/// the projects feature. Returns those of `ids` that exist in the organization, in any order.
using ProjectPort =
    std::function<std::vector<ProjectRef>(soci::session&, OrgId, const std::vector<ProjectId>&)>;

/// The one project of `id`, or nullopt.
inline std::optional<ProjectRef> FindProject(const ProjectPort& port, soci::session& sql, OrgId org,
                                             ProjectId id) {
  if (!port) return std::nullopt;
  auto found = port(sql, org, {id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

}  // namespace clientele::notes
