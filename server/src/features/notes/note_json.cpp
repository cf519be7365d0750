#include "features/notes/note_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::notes {

using nlohmann::json;

void to_json(json& j, const ProjectRef& p) {
  j = {{"id", p.id.value}, {"number", p.number}, {"name", p.name}};
}

json ProjectJson(const std::optional<ProjectRef>& project) {
  return project ? json(*project) : json(nullptr);
}

void to_json(json& j, const Note& n) {
  j = {{"id", n.id.value},
       {"customerId", n.customer.value},
       {"project", ProjectJson(n.project)},
       {"text", n.text},
       {"author", n.author},
       {"createdAt", n.created_at},
       {"updatedAt", n.updated_at},
       {"updatedBy", n.updated_by},
       {"version", n.version}};
}

Result<NewNote> ParseNewNote(const json& body) {
  clientele::json::ObjectReader r(body);
  NewNote n;
  n.text = r.String("text").value;
  n.project_id = r.Int("projectId").value;
  CLIENTELE_CHECK(r.Finish());
  return n;
}

Result<NotePatch> ParseNotePatch(const json& body) {
  clientele::json::ObjectReader r(body);
  NotePatch p;
  p.version = r.Int("version").value;
  p.text = r.String("text").value;
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::notes
