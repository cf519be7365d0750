#include "features/tasks/task_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::tasks {

namespace {

constexpr const char* kInsertTask =
    "INSERT INTO tasks (org_id, project_id, customer_id, name, description, status_id, assignee_id, "
    "due_date, "
    "estimate_minutes, rank, completed_at, created_at, created_by, updated_at, updated_by, version) VALUES "
    "(:org, :project, :customer, :name, :description, :status, :assignee, :due_date, :estimate, :rank, "
    ":completed_at, :now, :by, :now2, :by2, 1) RETURNING id";

constexpr const char* kTaskColumns =
    "SELECT t.id, t.project_id, p.name AS project_name, t.customer_id, t.name, t.description, t.status_id, "
    "t.assignee_id, a.name AS assignee_name, t.due_date, t.estimate_minutes, t.rank, t.completed_at, "
    "t.created_at, t.created_by, cb.name AS created_by_name, t.updated_at, t.updated_by, "
    "ub.name AS updated_by_name, t.version FROM tasks t "
    "JOIN projects p ON p.org_id = t.org_id AND p.id = t.project_id "
    "LEFT JOIN users a ON a.org_id = t.org_id AND a.id = t.assignee_id "
    "JOIN users cb ON cb.org_id = t.org_id AND cb.id = t.created_by "
    "JOIN users ub ON ub.org_id = t.org_id AND ub.id = t.updated_by WHERE t.org_id = :org";

// A board card's fields only: a column of a key account is read a hundred rows at a time, and the full row's
// two user joins and long columns cost more than the rest of the card.
constexpr const char* kTaskCards =
    "SELECT t.id, t.project_id, p.name AS project_name, t.customer_id, t.name, t.status_id, t.assignee_id, "
    "a.name AS assignee_name, t.due_date, t.rank, t.version FROM tasks t "
    "JOIN projects p ON p.org_id = t.org_id AND p.id = t.project_id "
    "LEFT JOIN users a ON a.org_id = t.org_id AND a.id = t.assignee_id WHERE t.org_id = :org";

constexpr const char* kUpdateTask =
    "UPDATE tasks SET name = :name, description = :description, status_id = :status, assignee_id = "
    ":assignee, "
    "due_date = :due_date, estimate_minutes = :estimate, rank = :rank, completed_at = :completed_at, "
    "updated_at = :now, updated_by = :by, version = version + 1 WHERE org_id = :org AND id = :id AND "
    "version = :version";
constexpr const char* kDeleteTask = "DELETE FROM tasks WHERE org_id = :org AND id = :id";

constexpr const char* kRankColumn =
    "SELECT t.rank FROM tasks t WHERE t.org_id = :org AND t.customer_id = :customer AND t.status_id = "
    ":status "
    "AND t.id <> :self";
constexpr const char* kCountByStatus = "SELECT t.status_id, COUNT(*) AS n FROM tasks t";
constexpr const char* kJoinProject = " JOIN projects p ON p.org_id = t.org_id AND p.id = t.project_id";
constexpr const char* kCountForProject =
    "SELECT COUNT(*) FROM tasks WHERE org_id = :org AND project_id = :project";

bool NeedsProjects(const projects::Visibility& v) {
  return v.customers_own_only || v.sales != auth::Scope::kAll || v.projects != auth::Scope::kAll;
}

/// The board's WHERE: one project's tasks through its own index, or the customer's, with the filters.
void AppendBoardFilter(db::Query& q, CustomerId customer, const TaskQuery& query) {
  if (query.project)
    q.Sql(" AND t.project_id = :project").Bind("project", query.project->value);
  else
    q.Sql(" AND t.customer_id = :customer").Bind("customer", customer.value);
  if (query.assignee) q.Sql(" AND t.assignee_id = :assignee").Bind("assignee", query.assignee->value);
}

Task ReadTask(const soci::row& row) {
  db::RowReader r(row);
  Task t;
  t.id = TaskId(r.Int("id"));
  t.project = ProjectId(r.Int("project_id"));
  t.project_name = r.Text("project_name");
  t.customer = CustomerId(r.Int("customer_id"));
  t.values.name = r.Text("name");
  t.values.description = r.OptText("description");
  t.values.status = TaskStatusId(r.Int("status_id"));
  if (auto a = r.OptInt("assignee_id")) {
    t.values.assignee = UserId(*a);
    t.assignee_name = r.Text("assignee_name");
  }
  t.values.due_date = r.OptText("due_date");
  t.values.estimate_minutes = r.OptInt("estimate_minutes");
  t.rank = r.Text("rank");
  t.completed_at = r.OptText("completed_at");
  t.created_at = r.Text("created_at");
  t.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  t.updated_at = r.Text("updated_at");
  t.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  t.version = r.Int("version");
  return t;
}

/// What a board card shows (kTaskCards); the other fields stay empty.
Task ReadCard(const soci::row& row) {
  db::RowReader r(row);
  Task t;
  t.id = TaskId(r.Int("id"));
  t.project = ProjectId(r.Int("project_id"));
  t.project_name = r.Text("project_name");
  t.customer = CustomerId(r.Int("customer_id"));
  t.values.name = r.Text("name");
  t.values.status = TaskStatusId(r.Int("status_id"));
  if (auto a = r.OptInt("assignee_id")) {
    t.values.assignee = UserId(*a);
    t.assignee_name = r.Text("assignee_name");
  }
  t.values.due_date = r.OptText("due_date");
  t.rank = r.Text("rank");
  t.version = r.Int("version");
  return t;
}

/// Binds the columns INSERT and UPDATE share; NULLs through indicators.
struct ValueBinding {
  ValueBinding(const TaskValues& v, const std::string& rank_, const std::optional<std::string>& completed)
      : name(v.name),
        description(v.description.value_or("")),
        due_date(v.due_date.value_or("")),
        rank(rank_),
        completed_at(completed.value_or("")),
        status(v.status.value),
        assignee(v.assignee ? v.assignee->value : 0),
        estimate(v.estimate_minutes.value_or(0)),
        description_ind(v.description ? soci::i_ok : soci::i_null),
        due_date_ind(v.due_date ? soci::i_ok : soci::i_null),
        completed_ind(completed ? soci::i_ok : soci::i_null),
        assignee_ind(v.assignee ? soci::i_ok : soci::i_null),
        estimate_ind(v.estimate_minutes ? soci::i_ok : soci::i_null) {}

  void Bind(soci::statement& st) {
    st.exchange(soci::use(name, "name"));
    st.exchange(soci::use(description, description_ind, "description"));
    st.exchange(soci::use(status, "status"));
    st.exchange(soci::use(assignee, assignee_ind, "assignee"));
    st.exchange(soci::use(due_date, due_date_ind, "due_date"));
    st.exchange(soci::use(estimate, estimate_ind, "estimate"));
    st.exchange(soci::use(rank, "rank"));
    st.exchange(soci::use(completed_at, completed_ind, "completed_at"));
  }

  std::string name, description, due_date, rank, completed_at;
  long long status, assignee, estimate;
  soci::indicator description_ind, due_date_ind, completed_ind, assignee_ind, estimate_ind;
};

std::optional<std::string> FirstRank(soci::session& sql, db::Query& q) {
  std::optional<std::string> out;
  q.Each(sql, [&](const soci::row& row) { out = db::RowReader(row).Text("rank"); });
  return out;
}

}  // namespace

TaskId TaskRepository::Insert(soci::session& sql, OrgId org, ProjectId project, CustomerId customer,
                              const TaskValues& values, const std::string& rank,
                              const std::optional<std::string>& completed_at, UserId by,
                              const std::string& now) {
  ValueBinding v(values, rank, completed_at);
  long long o = org.value, p = project.value, c = customer.value, b = by.value, id = 0;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(p, "project"));
  st.exchange(soci::use(c, "customer"));
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertTask);
  st.define_and_bind();
  st.execute(true);
  return TaskId(id);
}

std::optional<Task> TaskRepository::Find(soci::session& sql, OrgId org, TaskId id) {
  db::Query q(kTaskColumns);
  q.Bind("org", org.value).Sql(" AND t.id = :id").Bind("id", id.value);
  std::optional<Task> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadTask(row); });
  return out;
}

std::vector<Task> TaskRepository::ListForProject(soci::session& sql, OrgId org, ProjectId project,
                                                 const TaskQuery& query, int limit,
                                                 std::optional<std::int64_t> after_id) {
  db::Query q(kTaskColumns);
  q.Bind("org", org.value).Sql(" AND t.project_id = :project").Bind("project", project.value);
  if (query.status) q.Sql(" AND t.status_id = :status").Bind("status", query.status->value);
  if (query.assignee) q.Sql(" AND t.assignee_id = :assignee").Bind("assignee", query.assignee->value);
  if (after_id) q.Sql(" AND t.id > :after").Bind("after", *after_id);
  q.Sql(" ORDER BY t.id LIMIT :lim").Bind("lim", limit);
  std::vector<Task> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadTask(row)); });
  return out;
}

bool TaskRepository::Update(soci::session& sql, OrgId org, TaskId id, std::int64_t version,
                            const TaskValues& values, const std::string& rank,
                            const std::optional<std::string>& completed_at, UserId by,
                            const std::string& now) {
  ValueBinding v(values, rank, completed_at);
  long long o = org.value, i = id.value, ver = version, b = by.value;
  soci::statement st(sql);
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(i, "id"));
  st.exchange(soci::use(ver, "version"));
  st.alloc();
  st.prepare(kUpdateTask);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void TaskRepository::Delete(soci::session& sql, OrgId org, TaskId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteTask, soci::use(o, "org"), soci::use(i, "id");
}

std::optional<std::string> TaskRepository::LastRank(soci::session& sql, OrgId org, CustomerId customer,
                                                    TaskStatusId status, TaskId self) {
  db::Query q(kRankColumn);
  q.Bind("org", org.value)
      .Bind("customer", customer.value)
      .Bind("status", status.value)
      .Bind("self", self.value);
  q.Sql(" ORDER BY t.rank DESC, t.id DESC LIMIT 1");
  return FirstRank(sql, q);
}

std::optional<std::string> TaskRepository::NextRank(soci::session& sql, OrgId org, CustomerId customer,
                                                    TaskStatusId status, const std::string& rank, TaskId id,
                                                    TaskId self) {
  db::Query q(kRankColumn);
  q.Bind("org", org.value)
      .Bind("customer", customer.value)
      .Bind("status", status.value)
      .Bind("self", self.value);
  q.Sql(" AND (t.rank > :rank OR (t.rank = :rank2 AND t.id > :id)) ORDER BY t.rank, t.id LIMIT 1")
      .Bind("rank", rank)
      .Bind("rank2", rank)
      .Bind("id", id.value);
  return FirstRank(sql, q);
}

std::optional<std::string> TaskRepository::PreviousRank(soci::session& sql, OrgId org, CustomerId customer,
                                                        TaskStatusId status, const std::string& rank,
                                                        TaskId id, TaskId self) {
  db::Query q(kRankColumn);
  q.Bind("org", org.value)
      .Bind("customer", customer.value)
      .Bind("status", status.value)
      .Bind("self", self.value);
  q.Sql(" AND (t.rank < :rank OR (t.rank = :rank2 AND t.id < :id)) ORDER BY t.rank DESC, t.id DESC LIMIT 1")
      .Bind("rank", rank)
      .Bind("rank2", rank)
      .Bind("id", id.value);
  return FirstRank(sql, q);
}

std::map<std::int64_t, std::int64_t> TaskRepository::CountByStatus(soci::session& sql, OrgId org,
                                                                   CustomerId customer,
                                                                   const TaskQuery& query,
                                                                   const projects::Visibility& v) {
  db::Query q(kCountByStatus);
  const bool join = NeedsProjects(v);
  if (join) q.Sql(kJoinProject);
  q.Sql(" WHERE t.org_id = :org").Bind("org", org.value);
  AppendBoardFilter(q, customer, query);
  if (join) projects::AppendVisibility(q, v);
  q.Sql(" GROUP BY t.status_id");
  std::map<std::int64_t, std::int64_t> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out[r.Int("status_id")] = r.Int("n");
  });
  return out;
}

std::vector<Task> TaskRepository::Column(soci::session& sql, OrgId org, CustomerId customer,
                                         TaskStatusId status, const TaskQuery& query,
                                         const projects::Visibility& v, int limit,
                                         const std::optional<BoardKey>& after) {
  db::Query q(kTaskCards);
  q.Bind("org", org.value);
  AppendBoardFilter(q, customer, query);
  q.Sql(" AND t.status_id = :status").Bind("status", status.value);
  if (after)
    q.Sql(" AND (t.rank, t.id) > (:k_rank, :k_id)").Bind("k_rank", after->rank).Bind("k_id", after->id);
  projects::AppendVisibility(q, v);
  q.Sql(" ORDER BY t.rank, t.id LIMIT :lim").Bind("lim", limit);
  std::vector<Task> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadCard(row)); });
  return out;
}

std::int64_t TaskRepository::CountForProject(soci::session& sql, OrgId org, ProjectId project) {
  long long o = org.value, p = project.value, n = 0;
  sql << kCountForProject, soci::use(o, "org"), soci::use(p, "project"), soci::into(n);
  return n;
}

}  // namespace clientele::tasks
