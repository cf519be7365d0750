#include "platform/events/event.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace clientele::events {

using auth::Allows;
using auth::Ownership;

std::string_view ChangeTypeName(ChangeType type) {
  switch (type) {
    case ChangeType::kCreated:
      return "created";
    case ChangeType::kUpdated:
      return "updated";
    case ChangeType::kDeleted:
      return "deleted";
    case ChangeType::kMoved:
      return "moved";
  }
  return "updated";
}

std::string_view EntityName(Entity entity) {
  switch (entity) {
    case Entity::kTask:
      return "task";
    case Entity::kProject:
      return "project";
    case Entity::kNote:
      return "note";
    case Entity::kFile:
      return "file";
    case Entity::kLink:
      return "link";
  }
  return "task";
}

namespace {

Ownership CustomerOwnership(const auth::Principal& listener, const Audience& audience) {
  return audience.account_owner == listener.user ? Ownership::kOwned : Ownership::kNotOwned;
}

Ownership ProjectOwnership(const auth::Principal& listener, const ProjectAudience& p) {
  const bool own = p.owner == listener.user || p.sales_person == listener.user ||
                   std::find(p.members.begin(), p.members.end(), listener.user) != p.members.end();
  return own ? Ownership::kOwned : Ownership::kNotOwned;
}

}  // namespace

bool MayReceive(const auth::Principal& listener, const Event& event) {
  if (listener.org != event.org) return false;
  const auto& rights = listener.permissions;
  // The same two checks as CustomerService::Visible and ProjectService::Visible, on the publisher's facts.
  if (!Allows(rights.customers.view, CustomerOwnership(listener, event.audience))) return false;
  if (!event.audience.project) return true;
  const auto& project = *event.audience.project;
  const auth::AreaAccess& area = project.sales_case ? rights.sales : rights.projects;
  return Allows(area.view, ProjectOwnership(listener, project));
}

std::string SseFrame(const Event& event) {
  nlohmann::json data = {{"type", ChangeTypeName(event.type)},
                         {"entity", EntityName(event.entity)},
                         {"id", event.id},
                         {"customerId", event.customer.value},
                         {"projectId", nullptr}};
  if (event.project) data["projectId"] = *event.project;
  std::string frame = "id: " + std::to_string(event.sequence) + "\nevent: change\ndata: ";
  frame += data.dump();
  frame += "\n\n";
  return frame;
}

}  // namespace clientele::events
