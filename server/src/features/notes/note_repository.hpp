#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/notes/note.hpp"

namespace clientele::notes {

/// The notes table. Every statement filters by organization. Rows come with `project` holding the id only;
/// the service names the project.
class NoteRepository {
 public:
  NoteId Insert(soci::session& sql, OrgId org, const CardScope& owner, const std::string& text, UserId by,
                const std::string& now);
  std::optional<Note> Find(soci::session& sql, OrgId org, NoteId id);
  /// Newest first, after the note `after_id` when set. A customer's list includes its projects' notes.
  std::vector<Note> List(soci::session& sql, OrgId org, const CardScope& owner, int limit,
                         std::optional<std::int64_t> after_id);
  /// Writes the text when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, NoteId id, std::int64_t version, const std::string& text,
              UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, NoteId id);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
};

}  // namespace clientele::notes
