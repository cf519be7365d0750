#include "features/files/file_json.hpp"

#include "features/notes/note_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::files {

using clientele::json::OrNull;
using nlohmann::json;

void to_json(json& j, const StoredFile& f) {
  j = {{"id", f.id.value},
       {"customerId", f.customer.value},
       {"project", notes::ProjectJson(f.project)},
       {"name", f.name},
       {"contentType", f.content_type},
       {"size", f.size},
       {"sha256", f.sha256},
       {"description", OrNull(f.description)},
       {"contentUrl", "/api/v1/files/" + std::to_string(f.id.value) + "/content"},
       {"createdAt", f.created_at},
       {"createdBy", f.created_by},
       {"updatedAt", f.updated_at},
       {"updatedBy", f.updated_by},
       {"version", f.version}};
}

Result<FilePatch> ParseFilePatch(const json& body) {
  clientele::json::ObjectReader r(body);
  FilePatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.description = r.String("description");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

}  // namespace clientele::files
