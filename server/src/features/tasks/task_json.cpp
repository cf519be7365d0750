#include "features/tasks/task_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::tasks {

using clientele::json::OrNull;
using nlohmann::json;

namespace {

template <class T>
json IdOrNull(const std::optional<T>& id) {
  return id ? json(id->value) : json(nullptr);
}

json Card(const Task& t) {
  return {{"id", t.id.value},
          {"name", t.values.name},
          {"projectId", t.project.value},
          {"projectName", t.project_name},
          {"assigneeId", IdOrNull(t.values.assignee)},
          {"assigneeName", OrNull(t.assignee_name)},
          {"dueDate", OrNull(t.values.due_date)},
          {"statusId", t.values.status.value},
          {"rank", t.rank},
          {"version", t.version}};
}

}  // namespace

void to_json(json& j, const Task& t) {
  j = {{"id", t.id.value},
       {"projectId", t.project.value},
       {"projectName", t.project_name},
       {"customerId", t.customer.value},
       {"name", t.values.name},
       {"description", OrNull(t.values.description)},
       {"statusId", t.values.status.value},
       {"assigneeId", IdOrNull(t.values.assignee)},
       {"assigneeName", OrNull(t.assignee_name)},
       {"dueDate", OrNull(t.values.due_date)},
       {"estimateMinutes", OrNull(t.values.estimate_minutes)},
       {"rank", t.rank},
       {"completedAt", OrNull(t.completed_at)},
       {"createdAt", t.created_at},
       {"createdBy", t.created_by},
       {"updatedAt", t.updated_at},
       {"updatedBy", t.updated_by},
       {"version", t.version}};
}

void to_json(json& j, const Board& b) {
  json columns = json::array();
  for (const auto& c : b.columns) {
    json cards = json::array();
    for (const auto& t : c.tasks) cards.push_back(Card(t));
    columns.push_back({{"status",
                        {{"id", c.status.id.value},
                         {"name", c.status.name},
                         {"position", c.status.position},
                         {"isDone", c.status.is_done},
                         {"isDefault", c.status.is_default},
                         {"isActive", c.status.is_active}}},
                       {"count", c.count},
                       {"tasks", cards},
                       {"nextCursor", OrNull(c.next_cursor)}});
  }
  j = {{"columns", columns}};
}

void to_json(json& j, const ColumnPage& p) {
  json cards = json::array();
  for (const auto& t : p.tasks) cards.push_back(Card(t));
  j = {{"items", cards}, {"nextCursor", OrNull(p.next_cursor)}};
}

namespace {

// Keys in sorted order, as nlohmann writes them for to_json above.
void WriteCard(clientele::json::Writer& w, const Task& t) {
  w.StartObject();
  w.Key("assigneeId")
      .OptInt(t.values.assignee ? std::optional<std::int64_t>(t.values.assignee->value) : std::nullopt);
  w.Key("assigneeName").OptString(t.assignee_name);
  w.Key("dueDate").OptString(t.values.due_date);
  w.Key("id").Int(t.id.value);
  w.Key("name").String(t.values.name);
  w.Key("projectId").Int(t.project.value);
  w.Key("projectName").String(t.project_name);
  w.Key("rank").String(t.rank);
  w.Key("statusId").Int(t.values.status.value);
  w.Key("version").Int(t.version);
  w.EndObject();
}

void WriteCards(clientele::json::Writer& w, const std::vector<Task>& tasks) {
  w.StartArray();
  for (const auto& t : tasks) WriteCard(w, t);
  w.EndArray();
}

}  // namespace

void WriteJson(clientele::json::Writer& w, const Board& b) {
  w.StartObject().Key("columns").StartArray();
  for (const auto& c : b.columns) {
    w.StartObject();
    w.Key("count").Int(c.count);
    w.Key("nextCursor").OptString(c.next_cursor);
    w.Key("status").StartObject();
    w.Key("id").Int(c.status.id.value);
    w.Key("isActive").Bool(c.status.is_active);
    w.Key("isDefault").Bool(c.status.is_default);
    w.Key("isDone").Bool(c.status.is_done);
    w.Key("name").String(c.status.name);
    w.Key("position").Int(c.status.position);
    w.EndObject();
    w.Key("tasks");
    WriteCards(w, c.tasks);
    w.EndObject();
  }
  w.EndArray().EndObject();
}

void WriteJson(clientele::json::Writer& w, const ColumnPage& p) {
  w.StartObject().Key("items");
  WriteCards(w, p.tasks);
  w.Key("nextCursor").OptString(p.next_cursor);
  w.EndObject();
}

Result<NewTask> ParseNewTask(const json& body) {
  clientele::json::ObjectReader r(body);
  NewTask t;
  t.name = r.String("name").value;
  t.description = r.String("description").value;
  t.status_id = r.Int("statusId").value;
  t.assignee_id = r.Int("assigneeId").value;
  t.due_date = r.String("dueDate").value;
  t.estimate_minutes = r.Int("estimateMinutes").value;
  CLIENTELE_CHECK(r.Finish());
  return t;
}

Result<TaskPatch> ParseTaskPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  TaskPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.description = r.String("description");
  p.status_id = r.Int("statusId");
  p.assignee_id = r.Int("assigneeId");
  p.due_date = r.String("dueDate");
  p.estimate_minutes = r.Int("estimateMinutes");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<TaskMove> ParseTaskMove(const json& body) {
  clientele::json::ObjectReader r(body);
  TaskMove m;
  m.version = r.Int("version").value;
  m.status_id = r.Int("statusId").value;
  m.after_task_id = r.Int("afterTaskId").value;
  m.before_task_id = r.Int("beforeTaskId").value;
  CLIENTELE_CHECK(r.Finish());
  return m;
}

}  // namespace clientele::tasks
