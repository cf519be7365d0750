#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/principal.hpp"
#include "platform/util/ids.hpp"

namespace clientele::events {

/// What happened to the record.
enum class ChangeType { kCreated, kUpdated, kDeleted, kMoved };

/// Which kind of record changed.
enum class Entity { kTask, kProject, kNote, kFile, kLink, kHourEntry };

std::string_view ChangeTypeName(ChangeType type);
std::string_view EntityName(Entity entity);

/// Whose project the change is on, as the projects area's "own" scope reads it (DESIGN.md §6).
struct ProjectAudience {
  /// A sales case is governed by the sales area, an open or closed project by the projects area.
  bool sales_case = false;
  std::optional<UserId> owner;
  std::optional<UserId> sales_person;
  std::vector<UserId> members;
};

/// What the listener filter needs to know about who may see the changed record, filled in by the publisher
/// inside its transaction so that no listener ever has to query the database.
struct Audience {
  /// The customer's account owner (the customers area's "own").
  std::optional<UserId> account_owner;
  /// Set when the record is a project or hangs on one (tasks; notes, files and links on a project card).
  std::optional<ProjectAudience> project;
};

/// One committed change, as listeners of the organization learn about it.
struct Event {
  /// Assigned by the bus: increasing within one server process.
  std::uint64_t sequence = 0;
  ChangeType type = ChangeType::kUpdated;
  Entity entity = Entity::kTask;
  std::int64_t id = 0;
  OrgId org;
  CustomerId customer;
  std::optional<std::int64_t> project;
  Audience audience;
};

/// Whether `listener` may learn about `event`: the same organization, the customer in the listener's
/// customers view, and, when a project is involved, the project in the view of its area. Pure: decided from
/// the event and the principal alone.
bool MayReceive(const auth::Principal& listener, const Event& event);

/// The whole event, audience included, as compact JSON: what servers sharing a database send each other.
std::string Serialize(const Event& event);
/// The event from Serialize's text; nullopt for anything else (the sequence is left 0).
std::optional<Event> Deserialize(std::string_view text);

/// The Server-Sent Events frame of an event: `id:`, `event:` and one `data:` line of JSON.
std::string SseFrame(const Event& event);

}  // namespace clientele::events
