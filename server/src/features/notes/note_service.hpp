#pragma once

#include <optional>
#include <string>

#include "features/customers/customer_service.hpp"
#include "features/notes/card_scope.hpp"
#include "features/notes/note.hpp"
#include "features/notes/note_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::notes {

/// Notes on the customer card and the project card. Reading needs customers view, adding customers edit;
/// the author edits and deletes a note (with customers edit), and customers edit-all deletes any note. A note
/// of a project the caller may not see is 404 on every route by its id, as it is missing from the lists.
class NoteService {
 public:
  NoteService(db::Database& db, customers::CustomerService& customers)
      : db_(db), access_(customers, projects_) {}

  /// The projects feature's answer to "which customer has this project, and what is it called".
  void SetProjectPort(ProjectPort port) { projects_ = std::move(port); }
  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }

  /// A customer's notes and its projects' notes, newest first.
  Result<Page<Note>> ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                     const PageRequest& page);
  Result<Page<Note>> ListForProject(const auth::Principal& caller, ProjectId project,
                                    const PageRequest& page);
  /// A note on the customer, or on one of its projects when `input.project_id` is set.
  Result<Note> CreateForCustomer(const auth::Principal& caller, CustomerId customer, const NewNote& input);
  Result<Note> CreateForProject(const auth::Principal& caller, ProjectId project, const NewNote& input);
  Result<Note> Update(const auth::Principal& caller, NoteId id, const NotePatch& patch);
  Status Delete(const auth::Principal& caller, NoteId id);

  /// For CustomerService's attachment probe: "3 notes", or nullopt when none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  Result<Page<Note>> List(const auth::Principal& caller, const PageRequest& page,
                          const std::function<Result<CardScope>(soci::session&)>& scope);
  Result<Note> Create(const auth::Principal& caller, const NewNote& input,
                      const std::function<Result<CardScope>(soci::session&)>& scope);
  Result<Note> Load(soci::session& sql, OrgId org, NoteId id);

  db::Database& db_;
  ProjectPort projects_;
  CardAccess access_;
  NoteRepository repo_;
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::notes
