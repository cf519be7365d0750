#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::statuses {

using SalesStatusId = Id<struct SalesStatusTag>;
using TaskStatusId = Id<struct TaskStatusTag>;

/// An organization has at most this many statuses of each kind, so the lists need no paging.
inline constexpr int kMaxStatuses = 100;

/// What reaching a sales status means for the project: still selling, won (an open project) or lost.
enum class SalesCategory { kInProgress, kWon, kLost };

std::string_view CategoryName(SalesCategory category);
std::optional<SalesCategory> ParseCategory(std::string_view name);

/// Who created or changed a status; absent for the defaults every organization starts with.
using OptionalUserRef = std::optional<UserRef>;

struct SalesStatus {
  SalesStatusId id;
  std::string name;
  SalesCategory category = SalesCategory::kInProgress;
  std::int64_t probability = 0;  // the default probability (%) of a project that gets this status
  std::int64_t position = 0;
  bool is_active = true;  // a disabled status stays on projects that have it but cannot be given anew
  std::string created_at;
  OptionalUserRef created_by;
  std::string updated_at;
  OptionalUserRef updated_by;
  std::int64_t version = 1;
};

struct TaskStatus {
  TaskStatusId id;
  std::string name;
  std::int64_t position = 0;
  bool is_done = false;     // entering it completes a task
  bool is_default = false;  // new tasks get it; exactly one per organization
  bool is_active = true;
  std::string created_at;
  OptionalUserRef created_by;
  std::string updated_at;
  OptionalUserRef updated_by;
  std::int64_t version = 1;
};

/// A new sales status as the client sent it (not yet validated).
struct NewSalesStatus {
  std::optional<std::string> name;
  std::optional<std::string> category;
  std::optional<std::int64_t> probability;
  std::optional<std::int64_t> position;
};

struct SalesStatusPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::string> category;
  Field<std::int64_t> probability;
  Field<std::int64_t> position;
  Field<bool> is_active;
};

struct NewTaskStatus {
  std::optional<std::string> name;
  std::optional<bool> is_done;
  std::optional<bool> is_default;
  std::optional<std::int64_t> position;
};

struct TaskStatusPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<bool> is_done;
  Field<bool> is_default;
  Field<std::int64_t> position;
  Field<bool> is_active;
};

}  // namespace clientele::statuses
