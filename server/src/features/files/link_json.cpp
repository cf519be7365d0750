#include "features/files/link_json.hpp"

#include "features/notes/note_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::files {

using clientele::json::OrNull;
using nlohmann::json;

void to_json(json& j, const Link& l) {
  j = {{"id", l.id.value},
       {"customerId", l.customer.value},
       {"project", notes::ProjectJson(l.project)},
       {"url", l.url},
       {"title", OrNull(l.title)},
       {"description", OrNull(l.description)},
       {"createdAt", l.created_at},
       {"createdBy", l.created_by},
       {"updatedAt", l.updated_at},
       {"updatedBy", l.updated_by},
       {"version", l.version}};
}

Result<NewLink> ParseNewLink(const json& body) {
  clientele::json::ObjectReader r(body);
  NewLink l;
  l.url = r.String("url").value;
  l.title = r.String("title").value;
  l.description = r.String("description").value;
  l.project_id = r.Int("projectId").value;
  CLIENTELE_CHECK(r.Finish());
  return l;
}

Result<LinkPatch> ParseLinkPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  LinkPatch p;
  p.version = r.Int("version").value;
  p.url = r.String("url");
  p.title = r.String("title");
  p.description = r.String("description");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::files
