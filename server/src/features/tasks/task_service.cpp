#include "features/tasks/task_service.hpp"

#include "platform/events/after_commit.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/util/rank.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/text.hpp"

namespace clientele::tasks {

namespace {

constexpr std::size_t kMaxDescription = 5000;
constexpr std::int64_t kMaxEstimate = 1'000'000;

std::optional<std::string> Trimmed(std::optional<std::string> value) {
  validation::TrimOptional(value);
  return value;
}

/// Set when a task enters a done status, cleared when it leaves one, kept otherwise.
std::optional<std::string> CompletedAt(const std::optional<std::string>& current, bool was_done, bool is_done,
                                       const std::string& now) {
  if (is_done && !was_done) return now;
  if (!is_done) return std::nullopt;
  return current;
}

}  // namespace

Error TaskService::Stale(soci::session& sql, const auth::Principal& caller, TaskId id) {
  Error e = Error::Conflict("Someone else changed or moved this task after you opened it; reload to see it");
  if (auto current = repo_.Find(sql, caller.org, id)) e.current = *current;
  return e;
}

Result<Task> TaskService::EditableTask(soci::session& sql, const auth::Principal& caller, TaskId id,
                                       projects::Project* project) {
  auto task = repo_.Find(sql, caller.org, id);
  if (!task) return Error::NotFound("No such task");
  CLIENTELE_TRY(editable, projects_.Editable(sql, caller, task->project));
  if (project) *project = std::move(editable);
  return std::move(*task);
}

events::Event TaskService::EventOf(soci::session& sql, OrgId org, events::ChangeType type, const Task& task,
                                   const projects::Project& project) {
  events::Event event;
  event.type = type;
  event.entity = events::Entity::kTask;
  event.id = task.id.value;
  event.org = org;
  event.customer = task.customer;
  event.project = task.project.value;
  event.audience = projects_.AudienceOf(sql, org, project);
  return event;
}

Result<statuses::TaskStatus> TaskService::AssignableStatus(soci::session& sql, OrgId org, std::int64_t id,
                                                           std::optional<TaskStatusId> kept,
                                                           const char* field) {
  auto status = statuses_.FindTask(sql, org, TaskStatusId(id));
  if (!status) return Error::Validation(field, "is not a task status of this organization");
  if (!status->is_active && kept != status->id)
    return Error::Validation(field, "\"" + status->name + "\" is disabled");
  return std::move(*status);
}

std::vector<FieldError> TaskService::CheckValues(soci::session& sql, OrgId org, const TaskValues& v,
                                                 const TaskValues* current) {
  std::vector<FieldError> errors;
  if (auto e = validation::CheckLine(v.name, 200)) errors.push_back({"name", *e});
  if (v.description && validation::CodePoints(*v.description) > kMaxDescription)
    errors.push_back({"description", "must be at most 5000 characters"});
  if (v.assignee && (!current || current->assignee != v.assignee)) {
    auto user = users_.FindUser(sql, org, *v.assignee);
    if (!user)
      errors.push_back({"assigneeId", "is not a user of this organization"});
    else if (!user->is_active)
      errors.push_back({"assigneeId", "is an inactive user"});
  }
  if (v.due_date)
    if (auto e = validation::CheckDate(*v.due_date)) errors.push_back({"dueDate", *e});
  if (v.estimate_minutes && (*v.estimate_minutes < 0 || *v.estimate_minutes > kMaxEstimate))
    errors.push_back({"estimateMinutes", "must be between 0 and 1000000"});
  return errors;
}

Result<Task> TaskService::Create(const auth::Principal& caller, ProjectId project_id, const NewTask& input) {
  if (!input.name) return Error::Validation("name", "is required");
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Task> {
    CLIENTELE_TRY(project, projects_.Editable(sql, caller, project_id));
    std::optional<statuses::TaskStatus> status;
    if (input.status_id) {
      CLIENTELE_TRY(found, AssignableStatus(sql, caller.org, *input.status_id, std::nullopt, "statusId"));
      status = std::move(found);
    } else {
      status = statuses_.DefaultTask(sql, caller.org);
      if (!status) return Error::Validation("statusId", "the organization has no default task status");
    }
    TaskValues v;
    v.name = validation::Trim(*input.name);
    v.description = Trimmed(input.description);
    v.status = status->id;
    if (input.assignee_id) v.assignee = UserId(*input.assignee_id);
    v.due_date = Trimmed(input.due_date);
    v.estimate_minutes = input.estimate_minutes;
    auto errors = CheckValues(sql, caller.org, v, nullptr);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    const std::string now = util::NowIso();
    auto last = repo_.LastRank(sql, caller.org, project.customer, status->id, TaskId());
    const std::string rank = last ? util::rank::After(*last) : util::rank::First();
    auto id = repo_.Insert(sql, caller.org, project.id, project.customer, v, rank,
                           CompletedAt(std::nullopt, false, status->is_done, now), caller.user, now);
    auto created = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kCreated, created, project));
    return created;
  }));
}

Result<Task> TaskService::Get(const auth::Principal& caller, TaskId id) {
  return db_.Read([&](soci::session& sql) -> Result<Task> {
    auto task = repo_.Find(sql, caller.org, id);
    if (!task) return Error::NotFound("No such task");
    CLIENTELE_CHECK(projects_.Visible(sql, caller, task->project));
    return std::move(*task);
  });
}

Result<Page<Task>> TaskService::List(const auth::Principal& caller, ProjectId project, const TaskQuery& query,
                                     const PageRequest& page) {
  std::optional<std::int64_t> after;
  if (page.cursor) {
    auto parts = util::DecodeCursor(*page.cursor, 1);
    try {
      if (parts) after = std::stoll((*parts)[0]);
    } catch (const std::exception&) {
    }
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<Task>> {
    CLIENTELE_CHECK(projects_.Visible(sql, caller, project));
    Page<Task> result;
    result.items = repo_.ListForProject(sql, caller.org, project, query, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().id.value)});
    }
    return result;
  });
}

Result<Task> TaskService::Update(const auth::Principal& caller, TaskId id, const TaskPatch& patch) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Task> {
    projects::Project project;
    CLIENTELE_TRY(current, EditableTask(sql, caller, id, &project));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    TaskValues v = current.values;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      v.name = validation::Trim(*patch.name.value);
    }
    if (patch.description.present) v.description = Trimmed(patch.description.value);
    if (patch.assignee_id.present)
      v.assignee =
          patch.assignee_id.value ? std::optional<UserId>(UserId(*patch.assignee_id.value)) : std::nullopt;
    if (patch.due_date.present) v.due_date = Trimmed(patch.due_date.value);
    if (patch.estimate_minutes.present) v.estimate_minutes = patch.estimate_minutes.value;
    auto old_status = statuses_.FindTask(sql, caller.org, current.values.status);
    bool is_done = old_status && old_status->is_done;
    std::string rank = current.rank;
    if (patch.status_id.present) {
      if (!patch.status_id.value) return Error::Validation("statusId", "must not be null");
      if (TaskStatusId(*patch.status_id.value) != v.status) {
        CLIENTELE_TRY(status,
                      AssignableStatus(sql, caller.org, *patch.status_id.value, v.status, "statusId"));
        v.status = status.id;
        is_done = status.is_done;
        auto last = repo_.LastRank(sql, caller.org, current.customer, status.id, id);
        rank = last ? util::rank::After(*last) : util::rank::First();
      }
    }
    auto errors = CheckValues(sql, caller.org, v, &current.values);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    if (*patch.version != current.version) return Stale(sql, caller, id);
    const std::string now = util::NowIso();
    const bool was_done = old_status && old_status->is_done;
    if (!repo_.Update(sql, caller.org, id, *patch.version, v, rank,
                      CompletedAt(current.completed_at, was_done, is_done, now), caller.user, now))
      return Stale(sql, caller, id);
    auto updated = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kUpdated, updated, project));
    return updated;
  }));
}

Result<std::string> TaskService::RankFor(soci::session& sql, OrgId org, const Task& task, TaskStatusId status,
                                         const TaskMove& move) {
  auto neighbour = [&](std::optional<std::int64_t> id, const char* field) -> Result<std::optional<Task>> {
    if (!id) return std::optional<Task>();
    if (*id == task.id.value) return Error::Validation(field, "must be another task than the one moved");
    auto other = repo_.Find(sql, org, TaskId(*id));
    if (!other || other->customer != task.customer || other->values.status != status)
      return Error::Validation(field, "is not a task of this board in the target column");
    return other;
  };
  CLIENTELE_TRY(after, neighbour(move.after_task_id, "afterTaskId"));
  CLIENTELE_TRY(before, neighbour(move.before_task_id, "beforeTaskId"));
  namespace rank = util::rank;
  if (after && before && after->rank < before->rank)
    return rank::Between(after->rank, std::string_view(before->rank));
  if (after) {
    auto next = repo_.NextRank(sql, org, task.customer, status, after->rank, after->id, task.id);
    // Equal ranks (two concurrent moves into one gap) are ordered by id; going past both is the best we can
    // do.
    if (next && after->rank < *next) return rank::Between(after->rank, std::string_view(*next));
    return rank::After(after->rank);
  }
  if (before) {
    auto previous = repo_.PreviousRank(sql, org, task.customer, status, before->rank, before->id, task.id);
    if (previous && *previous < before->rank) return rank::Between(*previous, std::string_view(before->rank));
    return rank::Before(before->rank);
  }
  auto last = repo_.LastRank(sql, org, task.customer, status, task.id);
  return last ? rank::After(*last) : rank::First();
}

Result<Task> TaskService::Move(const auth::Principal& caller, TaskId id, const TaskMove& move) {
  std::vector<FieldError> errors;
  if (!move.version) errors.push_back({"version", "is required: send the version you read"});
  if (!move.status_id) errors.push_back({"statusId", "is required"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Task> {
    projects::Project project;
    CLIENTELE_TRY(current, EditableTask(sql, caller, id, &project));
    CLIENTELE_TRY(status,
                  AssignableStatus(sql, caller.org, *move.status_id, current.values.status, "statusId"));
    if (*move.version != current.version) return Stale(sql, caller, id);
    CLIENTELE_TRY(rank, RankFor(sql, caller.org, current, status.id, move));
    auto old_status = statuses_.FindTask(sql, caller.org, current.values.status);
    TaskValues v = current.values;
    v.status = status.id;
    const std::string now = util::NowIso();
    const auto completed =
        CompletedAt(current.completed_at, old_status && old_status->is_done, status.is_done, now);
    if (!repo_.Update(sql, caller.org, id, *move.version, v, rank, completed, caller.user, now))
      return Stale(sql, caller, id);
    auto moved = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kMoved, moved, project));
    return moved;
  }));
}

Status TaskService::Delete(const auth::Principal& caller, TaskId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    projects::Project project;
    CLIENTELE_TRY(current, EditableTask(sql, caller, id, &project));
    after.Set(EventOf(sql, caller.org, events::ChangeType::kDeleted, current, project));
    repo_.Delete(sql, caller.org, id);
    return Ok();
  }));
}

ColumnPage TaskService::ColumnAfter(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                                    TaskStatusId status, const TaskQuery& query, int limit,
                                    const std::optional<BoardKey>& after) {
  ColumnPage page;
  page.tasks = repo_.Column(sql, caller.org, customer, status, query, projects_.VisibilityFor(caller),
                            limit + 1, after);
  if (static_cast<int>(page.tasks.size()) > limit) {
    page.tasks.resize(limit);
    const auto& last = page.tasks.back();
    page.next_cursor = util::EncodeCursor({last.rank, std::to_string(last.id.value)});
  }
  return page;
}

Board TaskService::BuildBoard(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                              const TaskQuery& query, int limit) {
  const auto visibility = projects_.VisibilityFor(caller);
  const auto counts = repo_.CountByStatus(sql, caller.org, customer, query, visibility);
  Board board;
  for (auto& status : statuses_.TaskColumns(sql, caller.org)) {
    auto it = counts.find(status.id.value);
    const std::int64_t count = it == counts.end() ? 0 : it->second;
    if (!status.is_active && count == 0) continue;
    BoardColumn column;
    column.count = count;
    // One query per column (a handful of statuses), none for an empty one; a column of a heavy customer
    // holds thousands of tasks, so each one is paged (the count tells whether more are worth asking for).
    if (count > 0) {
      auto first = ColumnAfter(sql, caller, customer, status.id, query, limit, std::nullopt);
      column.tasks = std::move(first.tasks);
      column.next_cursor = std::move(first.next_cursor);
    }
    column.status = std::move(status);
    board.columns.push_back(std::move(column));
  }
  return board;
}

Status TaskService::CheckProjectFilter(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                                       const TaskQuery& query) {
  if (!query.project) return Ok();
  auto project = projects_.Visible(sql, caller, *query.project);
  if (!project.ok() || project->customer != customer)
    return Error::Validation("project", "is not a project of this customer that you may see");
  return Ok();
}

Result<Board> TaskService::CustomerBoard(const auth::Principal& caller, CustomerId customer, TaskQuery query,
                                         int limit) {
  return db_.Read([&](soci::session& sql) -> Result<Board> {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
    CLIENTELE_CHECK(CheckProjectFilter(sql, caller, customer, query));
    return BuildBoard(sql, caller, customer, query, limit);
  });
}

Result<Board> TaskService::ProjectBoard(const auth::Principal& caller, ProjectId project_id, TaskQuery query,
                                        int limit) {
  return db_.Read([&](soci::session& sql) -> Result<Board> {
    CLIENTELE_TRY(project, projects_.Visible(sql, caller, project_id));
    query.project = project.id;
    return BuildBoard(sql, caller, project.customer, query, limit);
  });
}

namespace {

/// The column key a nextCursor carries, or a 422 on `cursor`.
Result<std::optional<BoardKey>> DecodeColumnCursor(const PageRequest& page) {
  if (!page.cursor) return std::optional<BoardKey>();
  auto parts = util::DecodeCursor(*page.cursor, 2);
  std::optional<BoardKey> key;
  try {
    if (parts && !(*parts)[0].empty()) key = BoardKey{(*parts)[0], std::stoll((*parts)[1])};
  } catch (const std::exception&) {
  }
  if (!key) return Error::Validation("cursor", "is not a cursor from this column");
  return key;
}

}  // namespace

Result<ColumnPage> TaskService::CustomerColumn(const auth::Principal& caller, CustomerId customer,
                                               TaskStatusId status, TaskQuery query,
                                               const PageRequest& page) {
  CLIENTELE_TRY(after, DecodeColumnCursor(page));
  return db_.Read([&](soci::session& sql) -> Result<ColumnPage> {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
    if (!statuses_.FindTask(sql, caller.org, status)) return Error::NotFound("No such task status");
    CLIENTELE_CHECK(CheckProjectFilter(sql, caller, customer, query));
    return ColumnAfter(sql, caller, customer, status, query, page.limit, after);
  });
}

Result<ColumnPage> TaskService::ProjectColumn(const auth::Principal& caller, ProjectId project_id,
                                              TaskStatusId status, TaskQuery query, const PageRequest& page) {
  CLIENTELE_TRY(after, DecodeColumnCursor(page));
  return db_.Read([&](soci::session& sql) -> Result<ColumnPage> {
    CLIENTELE_TRY(project, projects_.Visible(sql, caller, project_id));
    if (!statuses_.FindTask(sql, caller.org, status)) return Error::NotFound("No such task status");
    query.project = project.id;
    return ColumnAfter(sql, caller, project.customer, status, query, page.limit, after);
  });
}

}  // namespace clientele::tasks
