#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/hours/work_type.hpp"
#include "features/projects/project.hpp"

namespace clientele::hours {

using projects::ProjectId;

/// One work type's own hourly price on a project, in the project's currency.
struct ProjectPrice {
  WorkTypeId work_type;
  std::string work_type_name;
  Money hourly_price;
};

/// A project's price list; `version` counts its replacements (0: never set).
struct ProjectPrices {
  ProjectId project;
  std::string currency;
  std::vector<ProjectPrice> prices;
  std::int64_t version = 0;
};

/// A PUT body: the whole list, replacing the stored one. `shape_errors`: malformed items.
struct ProjectPricesInput {
  std::optional<std::int64_t> version;
  std::vector<std::pair<std::int64_t, Money>> prices;
  std::vector<FieldError> shape_errors;
};

/// A project may set prices for at most this many work types (one per type).
inline constexpr std::size_t kMaxProjectPrices = 200;

}  // namespace clientele::hours
