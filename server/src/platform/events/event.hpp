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
enum class Entity { kTask, kProject, kNote, kFile, kLink, kHourEntry, kFee, kForecast };

/// Whether the record is in the financials area (DESIGN.md §6): its listeners need financials view too.
bool IsFinancial(Entity entity);

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
/// customers view, and, when a project is involved, the project in the view of its area (and in the
/// financials view for a financial record). Pure: decided from the event and the principal alone.
bool MayReceive(const auth::Principal& listener, const Event& event);

/// The whole event, audience included, as compact JSON: what servers sharing a database send each other.
std::string Serialize(const Event& event);
/// The event from Serialize's text; nullopt for anything else (the sequence is left 0).
std::optional<Event> Deserialize(std::string_view text);

/// Access taken away from a user, after which their open streams must end rather than go on with the rights
/// they had when they connected: a deactivation or role change (every stream of the user), or a sign-out
/// (the streams opened with that session).
struct Revocation {
  OrgId org;
  UserId user;
  /// The SHA-256 of the signed-out session's token; empty for every stream of the user.
  std::string session;
};

/// The revocation as compact JSON, for the other servers sharing the database (never parsed as an Event).
std::string Serialize(const Revocation& revocation);
/// The revocation from Serialize's text; nullopt for anything else (an event, say).
std::optional<Revocation> DeserializeRevocation(std::string_view text);

/// The Server-Sent Events frame of an event: `id:`, `event:` and one `data:` line of JSON.
std::string SseFrame(const Event& event);

}  // namespace clientele::events
