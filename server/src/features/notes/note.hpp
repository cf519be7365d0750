#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "features/notes/card_scope.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::notes {

using NoteId = Id<struct NoteTag>;

/// A note has at most this many characters (code points), after trimming.
inline constexpr std::size_t kMaxNoteLength = 10000;

struct Note {
  NoteId id;
  CustomerId customer;
  std::optional<ProjectRef> project;
  std::string text;
  std::string created_at;
  UserRef author;  // who created it
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new note as the client sent it. On a customer it may name one of the customer's projects.
struct NewNote {
  std::optional<std::string> text;
  std::optional<std::int64_t> project_id;
};

/// PATCH /notes/{id}: the version the client read and the new text.
struct NotePatch {
  std::optional<std::int64_t> version;
  std::optional<std::string> text;
};

}  // namespace clientele::notes
