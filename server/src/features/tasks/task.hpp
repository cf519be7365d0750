#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/projects/project.hpp"
#include "features/statuses/status.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::tasks {

using TaskId = Id<struct TaskTag>;
using projects::ProjectId;
using statuses::TaskStatusId;

/// The editable fields of a task, validated.
struct TaskValues {
  std::string name;
  std::optional<std::string> description;
  TaskStatusId status;
  std::optional<UserId> assignee;
  std::optional<std::string> due_date;
  std::optional<std::int64_t> estimate_minutes;
};

struct Task {
  TaskId id;
  ProjectId project;
  std::string project_name;
  CustomerId customer;
  TaskValues values;
  std::optional<std::string> assignee_name;
  std::string rank;  // position in its status column of the customer's board
  std::optional<std::string> completed_at;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new task as the client sent it (not yet validated).
struct NewTask {
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<std::int64_t> status_id;
  std::optional<std::int64_t> assignee_id;
  std::optional<std::string> due_date;
  std::optional<std::int64_t> estimate_minutes;
};

struct TaskPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::string> description;
  Field<std::int64_t> status_id;
  Field<std::int64_t> assignee_id;
  Field<std::string> due_date;
  Field<std::int64_t> estimate_minutes;
};

/// A drag and drop: the column it lands in and its new neighbours there.
struct TaskMove {
  std::optional<std::int64_t> version;
  std::optional<std::int64_t> status_id;
  std::optional<std::int64_t> after_task_id;   // the task it now follows
  std::optional<std::int64_t> before_task_id;  // the task it now precedes
};

/// Filters of a project's task list and of the boards.
struct TaskQuery {
  std::optional<TaskStatusId> status;
  std::optional<UserId> assignee;
  std::optional<ProjectId> project;
};

/// Where a board column's page ends: the last task's rank and id (ranks tie by id).
struct BoardKey {
  std::string rank;
  std::int64_t id = 0;
};

struct BoardColumn {
  statuses::TaskStatus status;
  std::int64_t count = 0;                  // every matching task of the column
  std::vector<Task> tasks;                 // the first ones by rank
  std::optional<std::string> next_cursor;  // set when the column has more tasks than `tasks`
};

/// More of one board column, after a cursor: the same cards as the board's.
struct ColumnPage {
  std::vector<Task> tasks;
  std::optional<std::string> next_cursor;
};

struct Board {
  std::vector<BoardColumn> columns;
};

}  // namespace clientele::tasks
