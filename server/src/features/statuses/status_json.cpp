#include "features/statuses/status_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::statuses {

using clientele::json::OrNull;
using nlohmann::json;

void to_json(json& j, const SalesStatus& s) {
  j = {{"id", s.id.value},
       {"name", s.name},
       {"category", CategoryName(s.category)},
       {"probability", s.probability},
       {"position", s.position},
       {"isActive", s.is_active},
       {"createdAt", s.created_at},
       {"createdBy", OrNull(s.created_by)},
       {"updatedAt", s.updated_at},
       {"updatedBy", OrNull(s.updated_by)},
       {"version", s.version}};
}

void to_json(json& j, const TaskStatus& s) {
  j = {{"id", s.id.value},          {"name", s.name},
       {"position", s.position},    {"isDone", s.is_done},
       {"isDefault", s.is_default}, {"isActive", s.is_active},
       {"createdAt", s.created_at}, {"createdBy", OrNull(s.created_by)},
       {"updatedAt", s.updated_at}, {"updatedBy", OrNull(s.updated_by)},
       {"version", s.version}};
}

Result<NewSalesStatus> ParseNewSalesStatus(const json& body) {
  clientele::json::ObjectReader r(body);
  NewSalesStatus s;
  s.name = r.String("name").value;
  s.category = r.String("category").value;
  s.probability = r.Int("probability").value;
  s.position = r.Int("position").value;
  CLIENTELE_CHECK(r.Finish());
  return s;
}

Result<SalesStatusPatch> ParseSalesStatusPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  SalesStatusPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.category = r.String("category");
  p.probability = r.Int("probability");
  p.position = r.Int("position");
  p.is_active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<NewTaskStatus> ParseNewTaskStatus(const json& body) {
  clientele::json::ObjectReader r(body);
  NewTaskStatus s;
  s.name = r.String("name").value;
  s.is_done = r.Bool("isDone").value;
  s.is_default = r.Bool("isDefault").value;
  s.position = r.Int("position").value;
  CLIENTELE_CHECK(r.Finish());
  return s;
}

Result<TaskStatusPatch> ParseTaskStatusPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  TaskStatusPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.is_done = r.Bool("isDone");
  p.is_default = r.Bool("isDefault");
  p.position = r.Int("position");
  p.is_active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::statuses
