#include "features/projects/project_rules.hpp"

namespace clientele::projects {

std::string_view StateName(ProjectState state) {
  switch (state) {
    case ProjectState::kOpen:
      return "open";
    case ProjectState::kClosed:
      return "closed";
    case ProjectState::kSales:
      break;
  }
  return "sales";
}

std::optional<ProjectState> ParseState(std::string_view name) {
  if (name == "sales") return ProjectState::kSales;
  if (name == "open") return ProjectState::kOpen;
  if (name == "closed") return ProjectState::kClosed;
  return std::nullopt;
}

ProjectState StateFor(SalesCategory category) {
  switch (category) {
    case SalesCategory::kWon:
      return ProjectState::kOpen;
    case SalesCategory::kLost:
      return ProjectState::kClosed;
    case SalesCategory::kInProgress:
      break;
  }
  return ProjectState::kSales;
}

StatusOutcome ApplySalesStatus(SalesCategory category, std::int64_t status_probability,
                               const StatusOutcome& current, std::optional<std::int64_t> given_probability,
                               std::optional<std::string> given_order_date, const std::string& today) {
  StatusOutcome out = current;
  out.state = StateFor(category);
  if (given_order_date) out.expected_order_date = given_order_date;
  switch (category) {
    case SalesCategory::kWon:
      out.probability = given_probability.value_or(100);
      if (!given_order_date) out.expected_order_date = today;
      out.closed_date.reset();
      break;
    case SalesCategory::kLost:
      out.probability = given_probability.value_or(0);
      out.closed_date = today;
      break;
    case SalesCategory::kInProgress:
      out.probability = given_probability.value_or(status_probability);
      out.closed_date.reset();
      break;
  }
  return out;
}

}  // namespace clientele::projects
