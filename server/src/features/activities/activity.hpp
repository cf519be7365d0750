#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/notes/project_ref.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::activities {

using ActivityId = Id<struct ActivityTag>;
using ActivityTypeId = Id<struct ActivityTypeTag>;
using ContactId = Id<struct ContactTag>;
using notes::ProjectId;
using notes::ProjectRef;

/// A to-do has an optional due time; a calendar entry has a start and an end. A type has one kind, and so
/// has every activity of that type.
enum class Kind { kTodo, kCalendar };

std::string_view KindName(Kind kind);
std::optional<Kind> ParseKind(std::string_view name);

/// Whether a list shows what is still to do or what has been done.
enum class ListState { kPlanned, kDone };

/// An organization has at most this many activity types, so the list needs no paging.
inline constexpr int kMaxActivityTypes = 200;
/// An activity has at most this many participants.
inline constexpr std::size_t kMaxParticipants = 50;
/// The sort key of a to-do without a due date: after every real date in both databases.
inline constexpr std::string_view kNoDateSortKey = "9999-12-31T23:59:59Z";

struct ActivityType {
  ActivityTypeId id;
  Kind kind = Kind::kTodo;
  std::string name;
  bool active = true;
  std::int64_t usage_count = 0;  // activities of this type
  std::int64_t version = 1;
};

struct NewActivityType {
  std::optional<std::string> kind;
  std::optional<std::string> name;
  std::optional<bool> active;
};

struct ActivityTypePatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<bool> active;
};

/// A participant as the client names it: a user or a contact by id.
struct ParticipantRef {
  enum class Type { kUser, kContact } type = Type::kUser;
  std::int64_t id = 0;
  friend bool operator==(const ParticipantRef& a, const ParticipantRef& b) {
    return a.type == b.type && a.id == b.id;
  }
};

/// A participant as an activity shows it. A deleted contact has no id and no name.
struct Participant {
  ParticipantRef::Type type = ParticipantRef::Type::kUser;
  std::optional<std::int64_t> id;
  std::optional<std::string> name;
  bool deleted() const { return type == ParticipantRef::Type::kContact && !id; }
};

/// The stored values of an activity that a client may set (validated and normalized).
struct ActivityValues {
  ActivityTypeId type;
  Kind kind = Kind::kTodo;
  std::string name;
  std::optional<std::string> description;
  std::optional<std::string> location;
  std::optional<std::string> due_at;
  std::optional<std::string> start_at;
  std::optional<std::string> end_at;
  bool all_day = false;
  std::optional<ProjectId> project;
  UserId owner;
  bool is_done = false;
  std::optional<std::string> done_at;

  /// The planned-list order: due_at of a to-do, start_at of a calendar entry, kNoDateSortKey otherwise.
  std::string SortAt() const;
};

struct Activity {
  ActivityId id;
  CustomerId customer;
  ActivityValues values;
  std::string type_name;
  std::optional<ProjectRef> project;  // named by the service; the repository fills in the id only
  std::string owner_name;
  std::vector<Participant> participants;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// POST /customers/{id}/activities and /projects/{id}/activities as the client sent it.
struct NewActivity {
  std::optional<std::int64_t> type_id;
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<std::string> location;
  Field<std::string> due_at;
  Field<std::string> start_at;
  Field<std::string> end_at;
  Field<bool> all_day;
  std::optional<std::int64_t> project_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::vector<ParticipantRef>> participants;
  std::optional<bool> is_done;
};

/// PATCH /activities/{id}: absent fields stay, null clears an optional one.
struct ActivityPatch {
  std::optional<std::int64_t> version;
  Field<std::int64_t> type_id;
  Field<std::string> name;
  Field<std::string> description;
  Field<std::string> location;
  Field<std::string> due_at;
  Field<std::string> start_at;
  Field<std::string> end_at;
  Field<bool> all_day;
  Field<std::int64_t> project_id;
  Field<std::int64_t> owner_id;
  Field<std::vector<ParticipantRef>> participants;
  Field<bool> is_done;
};

/// An activity as the calendar feed writes it.
struct FeedActivity {
  ActivityId id;
  ActivityValues values;
  std::string customer_name;
  std::string updated_at;
};

}  // namespace clientele::activities
