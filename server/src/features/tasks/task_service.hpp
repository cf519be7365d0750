#pragma once

#include <optional>

#include "features/customers/customer_service.hpp"
#include "features/projects/project_service.hpp"
#include "features/statuses/status_service.hpp"
#include "features/tasks/task.hpp"
#include "features/tasks/task_repository.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::tasks {

/// Tasks of projects, their board positions and the Kanban boards. Viewing needs view on the project,
/// everything else edit on it.
class TaskService {
 public:
  TaskService(db::Database& db, customers::CustomerService& customers, projects::ProjectService& projects,
              statuses::StatusService& statuses)
      : db_(db), customers_(customers), projects_(projects), statuses_(statuses) {}

  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }

  Result<Task> Create(const auth::Principal& caller, ProjectId project, const NewTask& input);
  Result<Task> Get(const auth::Principal& caller, TaskId id);
  Result<Page<Task>> List(const auth::Principal& caller, ProjectId project, const TaskQuery& query,
                          const PageRequest& page);
  Result<Task> Update(const auth::Principal& caller, TaskId id, const TaskPatch& patch);
  Result<Task> Move(const auth::Principal& caller, TaskId id, const TaskMove& move);
  Status Delete(const auth::Principal& caller, TaskId id);

  /// Every visible task of the customer's projects (or of `query.project`), a column per status.
  Result<Board> CustomerBoard(const auth::Principal& caller, CustomerId customer, TaskQuery query, int limit);
  Result<Board> ProjectBoard(const auth::Principal& caller, ProjectId project, TaskQuery query, int limit);
  /// More of one column of those boards, after `page.cursor` (a column's nextCursor).
  Result<ColumnPage> CustomerColumn(const auth::Principal& caller, CustomerId customer, TaskStatusId status,
                                    TaskQuery query, const PageRequest& page);
  Result<ColumnPage> ProjectColumn(const auth::Principal& caller, ProjectId project, TaskStatusId status,
                                   TaskQuery query, const PageRequest& page);

 private:
  /// The task when the caller may edit its project; `project` (when given) receives that project.
  Result<Task> EditableTask(soci::session& sql, const auth::Principal& caller, TaskId id,
                            projects::Project* project = nullptr);
  events::Event EventOf(soci::session& sql, OrgId org, events::ChangeType type, const Task& task,
                        const projects::Project& project);
  std::vector<FieldError> CheckValues(soci::session& sql, OrgId org, const TaskValues& values,
                                      const TaskValues* current);
  Result<statuses::TaskStatus> AssignableStatus(soci::session& sql, OrgId org, std::int64_t id,
                                                std::optional<TaskStatusId> kept, const char* field);
  /// Where `task` goes when it lands in `status` per `move`.
  Result<std::string> RankFor(soci::session& sql, OrgId org, const Task& task, TaskStatusId status,
                              const TaskMove& move);
  Board BuildBoard(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                   const TaskQuery& query, int limit);
  /// `limit` tasks of one column after `after`, with the cursor to the rest when there is more.
  ColumnPage ColumnAfter(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                         TaskStatusId status, const TaskQuery& query, int limit,
                         const std::optional<BoardKey>& after);
  /// The customer's project named in `query.project`, when it is one the caller may see (422 otherwise).
  Status CheckProjectFilter(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                            const TaskQuery& query);
  Error Stale(soci::session& sql, const auth::Principal& caller, TaskId id);

  db::Database& db_;
  customers::CustomerService& customers_;
  projects::ProjectService& projects_;
  statuses::StatusService& statuses_;
  TaskRepository repo_;
  users::UserRepository users_{db_.kind()};
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::tasks
