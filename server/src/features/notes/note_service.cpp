#include "features/notes/note_service.hpp"

#include "platform/events/after_commit.hpp"

#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/text.hpp"

namespace clientele::notes {

namespace {

using Scoper = std::function<Result<CardScope>(soci::session&)>;

/// Why a note's text is not acceptable (nullopt: fine); trims it in place.
std::optional<FieldError> NormalizeText(std::optional<std::string>& text) {
  if (!text) return FieldError{"text", "is required"};
  *text = validation::Trim(*text);
  if (text->empty()) return FieldError{"text", "must not be empty"};
  if (validation::CodePoints(*text) > kMaxNoteLength)
    return FieldError{"text", "must be at most " + std::to_string(kMaxNoteLength) + " characters"};
  // Line breaks and tabs are a note's own; other control characters are not text.
  for (unsigned char c : *text) {
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
      return FieldError{"text", "must not contain control characters"};
  }
  return std::nullopt;
}

std::optional<std::int64_t> DecodeAfter(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 1);
  if (!parts) return std::nullopt;
  try {
    return std::stoll((*parts)[0]);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

Result<Note> NoteService::Load(soci::session& sql, OrgId org, NoteId id) {
  auto note = repo_.Find(sql, org, id);
  if (!note) return Error::NotFound("No such note");
  std::vector<Note> one{std::move(*note)};
  access_.NameProjects(sql, org, one);
  return std::move(one.front());
}

Result<Page<Note>> NoteService::List(const auth::Principal& caller, const PageRequest& page,
                                     const Scoper& scope) {
  std::optional<std::int64_t> after;
  if (page.cursor) {
    after = DecodeAfter(*page.cursor);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<Note>> {
    CLIENTELE_TRY(where, scope(sql));
    Page<Note> result;
    result.items = repo_.List(sql, caller.org, where, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().id.value)});
    }
    access_.KeepVisibleProjects(sql, caller, result.items);
    return result;
  });
}

Result<Page<Note>> NoteService::ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                                const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Customer(sql, caller, customer, Need::kView); });
}

Result<Page<Note>> NoteService::ListForProject(const auth::Principal& caller, ProjectId project,
                                               const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kView); });
}

Result<Note> NoteService::Create(const auth::Principal& caller, const NewNote& input, const Scoper& scope) {
  std::optional<std::string> text = input.text;
  auto error = NormalizeText(text);
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Note> {
    CLIENTELE_TRY(where, scope(sql));
    if (error) return Error::Validation({*error});
    const auto id = repo_.Insert(sql, caller.org, where, *text, caller.user, util::NowIso());
    CLIENTELE_TRY(note, Load(sql, caller.org, id));
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kCreated, events::Entity::kNote, note));
    return note;
  }));
}

Result<Note> NoteService::CreateForCustomer(const auth::Principal& caller, CustomerId customer,
                                            const NewNote& input) {
  return Create(caller, input, [&](soci::session& sql) {
    return access_.CustomerWithProject(sql, caller, customer, input.project_id, Need::kEdit);
  });
}

Result<Note> NoteService::CreateForProject(const auth::Principal& caller, ProjectId project,
                                           const NewNote& input) {
  if (input.project_id) return Error::Validation("projectId", "is given by the path here");
  return Create(caller, input,
                [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kEdit); });
}

Result<Note> NoteService::Update(const auth::Principal& caller, NoteId id, const NotePatch& patch) {
  std::optional<std::string> text = patch.text;
  auto error = NormalizeText(text);
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Note> {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_CHECK(access_.Record(sql, caller, current, Need::kEdit, "No such note"));
    if (current.author.id != caller.user) return Error::Forbidden("Only the author may edit a note");
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    if (error) return Error::Validation({*error});
    auto stale = [&]() -> Error {
      Error e =
          Error::Conflict("Someone else changed this note after you opened it; reload to see their changes");
      if (auto now = Load(sql, caller.org, id); now.ok()) e.current = now.value();
      return e;
    };
    if (*patch.version != current.version) return stale();
    if (*text == current.text) return current;
    if (!repo_.Update(sql, caller.org, id, *patch.version, *text, caller.user, util::NowIso()))
      return stale();
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kUpdated, events::Entity::kNote, current));
    return Load(sql, caller.org, id);
  }));
}

Status NoteService::Delete(const auth::Principal& caller, NoteId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such note");
    if (CardAccess::EditsAll(caller)) {
      CLIENTELE_CHECK(access_.Record(sql, caller, *current, Need::kView, "No such note"));
    } else {
      CLIENTELE_CHECK(access_.Record(sql, caller, *current, Need::kEdit, "No such note"));
      if (current->author.id != caller.user) return Error::Forbidden("Only the author may delete this note");
    }
    after.Set(
        access_.EventOf(sql, caller.org, events::ChangeType::kDeleted, events::Entity::kNote, *current));
    repo_.Delete(sql, caller.org, id);
    return Ok();
  }));
}

std::optional<std::string> NoteService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  return std::to_string(count) + (count == 1 ? " note" : " notes");
}

}  // namespace clientele::notes
