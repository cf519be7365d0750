#pragma once

#include <nlohmann/json.hpp>

#include "features/notes/note.hpp"
#include "platform/errors/result.hpp"

namespace clientele::notes {

/// {id, number, name}.
void to_json(nlohmann::json& j, const ProjectRef& p);
/// The project as {id, number, name}, or null.
nlohmann::json ProjectJson(const std::optional<ProjectRef>& project);
void to_json(nlohmann::json& j, const Note& n);

/// POST /customers/{id}/notes and /projects/{id}/notes body. Wrong types → 400; unknown fields → 422.
Result<NewNote> ParseNewNote(const nlohmann::json& body);
/// PATCH /notes/{id} body.
Result<NotePatch> ParseNotePatch(const nlohmann::json& body);

}  // namespace clientele::notes
