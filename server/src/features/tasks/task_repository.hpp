#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/projects/project_repository.hpp"
#include "features/tasks/task.hpp"

namespace clientele::tasks {

/// The tasks table. Every statement filters by organization. Ranks order one status column of one
/// customer's board (ties by id).
class TaskRepository {
 public:
  TaskId Insert(soci::session& sql, OrgId org, ProjectId project, CustomerId customer,
                const TaskValues& values, const std::string& rank,
                const std::optional<std::string>& completed_at, UserId by, const std::string& now);
  std::optional<Task> Find(soci::session& sql, OrgId org, TaskId id);
  /// A project's tasks in the order they were added, after `after_id` when set.
  std::vector<Task> ListForProject(soci::session& sql, OrgId org, ProjectId project, const TaskQuery& query,
                                   int limit, std::optional<std::int64_t> after_id);
  bool Update(soci::session& sql, OrgId org, TaskId id, std::int64_t version, const TaskValues& values,
              const std::string& rank, const std::optional<std::string>& completed_at, UserId by,
              const std::string& now);
  void Delete(soci::session& sql, OrgId org, TaskId id);

  /// The last rank of a column (leaving `self` out), for "put it at the end".
  std::optional<std::string> LastRank(soci::session& sql, OrgId org, CustomerId customer, TaskStatusId status,
                                      TaskId self);
  /// The rank of the task right after (`rank`, `id`) in its column, or right before it; `self` left out.
  std::optional<std::string> NextRank(soci::session& sql, OrgId org, CustomerId customer, TaskStatusId status,
                                      const std::string& rank, TaskId id, TaskId self);
  std::optional<std::string> PreviousRank(soci::session& sql, OrgId org, CustomerId customer,
                                          TaskStatusId status, const std::string& rank, TaskId id,
                                          TaskId self);

  /// Board of a customer (or of `query.project` only): task counts per status in one grouped query …
  std::map<std::int64_t, std::int64_t> CountByStatus(soci::session& sql, OrgId org, CustomerId customer,
                                                     const TaskQuery& query, const projects::Visibility& v);
  /// … and the first `limit` tasks of one column by rank, after `after` when set, with a card's fields only.
  std::vector<Task> Column(soci::session& sql, OrgId org, CustomerId customer, TaskStatusId status,
                           const TaskQuery& query, const projects::Visibility& v, int limit,
                           const std::optional<BoardKey>& after = std::nullopt);
  std::int64_t CountForProject(soci::session& sql, OrgId org, ProjectId project);
};

}  // namespace clientele::tasks
