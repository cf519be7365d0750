#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/projects/project_totals.hpp"
#include "features/statuses/status.hpp"
#include "platform/errors/error.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::projects {

using ProjectId = Id<struct ProjectTag>;
using statuses::SalesCategory;
using statuses::SalesStatusId;

/// A sales case and a project are one entity at different stages.
enum class ProjectState { kSales, kOpen, kClosed };

std::string_view StateName(ProjectState state);
std::optional<ProjectState> ParseState(std::string_view name);

/// A project can have at most this many members.
inline constexpr std::size_t kMaxMembers = 100;

/// An amount in minor units (cents) of an ISO 4217 currency; amounts of different currencies never add up.
struct Money {
  std::int64_t amount = 0;
  std::string currency;
};

/// The editable fields of a project, validated.
struct ProjectValues {
  std::string name;
  std::optional<UserId> owner;
  std::optional<UserId> sales_person;
  SalesStatusId sales_status;
  std::optional<Money> expected_value;
  std::int64_t probability = 0;
  /// The project's money currency (ISO 4217): its prices, hours, fees and forecasts. Empty on create until
  /// resolved: then the expected value's currency, else the organization's base currency.
  std::string currency;
  std::optional<std::string> expected_order_date;
  std::optional<std::string> start_date;
  std::optional<std::string> deadline;
  std::optional<std::string> description;
  std::vector<UserId> members;  // ascending, each once
};

/// What other records show of a project they mention: its number and name, and whose it is.
struct ProjectName {
  ProjectId id;
  std::int64_t number = 0;
  std::string name;
  CustomerId customer;
};

struct Project {
  ProjectId id;
  std::int64_t number = 0;
  CustomerId customer;
  std::string customer_name;
  ProjectValues values;
  ProjectState state = ProjectState::kSales;
  std::optional<std::string> closed_date;
  std::optional<std::string> owner_name;
  std::optional<std::string> sales_person_name;
  std::string sales_status_name;
  SalesCategory sales_category = SalesCategory::kInProgress;
  std::vector<UserRef> members;  // by name; empty in lists (memberIds are there)
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new project as the client sent it (not yet validated).
struct NewProject {
  std::optional<std::string> name;
  std::optional<std::int64_t> customer_id;
  std::optional<std::string> state;
  std::optional<std::int64_t> sales_status_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int64_t> sales_person_id;
  Field<Money> expected_value;
  std::optional<std::string> currency;
  std::optional<std::int64_t> probability;
  std::optional<std::string> expected_order_date;
  std::optional<std::string> start_date;
  std::optional<std::string> deadline;
  std::optional<std::string> description;
  std::optional<std::vector<std::int64_t>> member_ids;
  /// A malformed expectedValue object (reported with the other field errors).
  std::vector<FieldError> shape_errors;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct ProjectPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::int64_t> sales_status_id;
  Field<std::int64_t> owner_id;
  Field<std::int64_t> sales_person_id;
  Field<Money> expected_value;
  Field<std::string> currency;
  Field<std::int64_t> probability;
  Field<std::string> expected_order_date;
  Field<std::string> start_date;
  Field<std::string> deadline;
  Field<std::string> description;
  Field<std::vector<std::int64_t>> member_ids;
  std::vector<FieldError> shape_errors;
};

/// Which projects a list shows.
enum class StateFilter { kAll, kSales, kOpen, kClosed, kActive };

struct ProjectQuery {
  std::optional<std::string> q;  // substring of the name or the number
  StateFilter state = StateFilter::kAll;
  std::optional<UserId> owner;
  std::optional<CustomerId> customer;
};

/// One change of a project's sales status or state.
struct StatusChange {
  std::int64_t id = 0;
  std::string at;
  UserRef by;
  std::optional<SalesStatusId> from_status;
  std::optional<std::string> from_status_name;
  SalesStatusId to_status;
  std::string to_status_name;
  std::optional<ProjectState> from_state;
  ProjectState to_state = ProjectState::kSales;
};

/// The customer's Sales & projects tab.
struct CustomerProjects {
  Page<Project> open;  // sales cases and open projects
  Page<Project> closed;
  std::vector<CurrencyTotals> totals;
};

}  // namespace clientele::projects
