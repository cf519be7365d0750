#pragma once

#include <optional>
#include <string>

#include "features/projects/project.hpp"

namespace clientele::projects {

/// What a project looks like after it gets a sales status of `category`.
struct StatusOutcome {
  ProjectState state = ProjectState::kSales;
  std::int64_t probability = 0;
  std::optional<std::string> expected_order_date;
  std::optional<std::string> closed_date;
};

/// The won / lost rules: won → open, probability 100 and expected order date today unless the same change
/// gives them; lost → closed today; in progress → a sales case with the status's probability unless given.
/// `current` is the project before the change (its probability and dates are kept where no rule applies).
StatusOutcome ApplySalesStatus(SalesCategory category, std::int64_t status_probability,
                               const StatusOutcome& current, std::optional<std::int64_t> given_probability,
                               std::optional<std::string> given_order_date, const std::string& today);

/// The state a project created with a status of `category` starts in.
ProjectState StateFor(SalesCategory category);

}  // namespace clientele::projects
