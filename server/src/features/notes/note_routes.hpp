#pragma once

#include "features/notes/note_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::notes {

/// /api/v1/customers/{id}/notes, /api/v1/projects/{id}/notes and /api/v1/notes/{id}.
void AddNoteRoutes(http::Router& router, NoteService& service);

}  // namespace clientele::notes
