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
    case Entity::kHourEntry:
      return "hourEntry";
    case Entity::kFee:
      return "fee";
    case Entity::kForecast:
      return "forecast";
  }
  return "task";
}

bool IsFinancial(Entity entity) { return entity == Entity::kFee || entity == Entity::kForecast; }

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
  const auto ownership = ProjectOwnership(listener, project);
  if (IsFinancial(event.entity) && !Allows(rights.financials.view, ownership)) return false;
  return Allows(area.view, ownership);
}

namespace {

std::optional<UserId> OptionalUser(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  return UserId(value.get<std::int64_t>());
}

nlohmann::json OptionalUser(const std::optional<UserId>& user) {
  return user ? nlohmann::json(user->value) : nlohmann::json(nullptr);
}

template <class Enum>
std::optional<Enum> ParseName(std::string_view name, std::initializer_list<Enum> values,
                              std::string_view (*name_of)(Enum)) {
  for (Enum value : values)
    if (name_of(value) == name) return value;
  return std::nullopt;
}

}  // namespace

std::string Serialize(const Event& event) {
  nlohmann::json audience = {{"accountOwner", OptionalUser(event.audience.account_owner)}};
  if (const auto& p = event.audience.project) {
    auto members = nlohmann::json::array();
    for (auto m : p->members) members.push_back(m.value);
    audience["project"] = {{"salesCase", p->sales_case},
                           {"owner", OptionalUser(p->owner)},
                           {"salesPerson", OptionalUser(p->sales_person)},
                           {"members", members}};
  }
  nlohmann::json out = {{"type", ChangeTypeName(event.type)},
                        {"entity", EntityName(event.entity)},
                        {"id", event.id},
                        {"org", event.org.value},
                        {"customer", event.customer.value},
                        {"project", event.project ? nlohmann::json(*event.project) : nlohmann::json(nullptr)},
                        {"audience", audience}};
  return out.dump();
}

std::optional<Event> Deserialize(std::string_view text) {
  try {
    const auto in = nlohmann::json::parse(text);
    Event event;
    auto type =
        ParseName(in.at("type").get<std::string>(),
                  {ChangeType::kCreated, ChangeType::kUpdated, ChangeType::kDeleted, ChangeType::kMoved},
                  &ChangeTypeName);
    auto entity = ParseName(in.at("entity").get<std::string>(),
                            {Entity::kTask, Entity::kProject, Entity::kNote, Entity::kFile, Entity::kLink,
                             Entity::kHourEntry, Entity::kFee, Entity::kForecast},
                            &EntityName);
    if (!type || !entity) return std::nullopt;
    event.type = *type;
    event.entity = *entity;
    event.id = in.at("id").get<std::int64_t>();
    event.org = OrgId(in.at("org").get<std::int64_t>());
    event.customer = CustomerId(in.at("customer").get<std::int64_t>());
    if (!in.at("project").is_null()) event.project = in.at("project").get<std::int64_t>();
    const auto& audience = in.at("audience");
    event.audience.account_owner = OptionalUser(audience.at("accountOwner"));
    if (audience.contains("project")) {
      const auto& p = audience.at("project");
      ProjectAudience project;
      project.sales_case = p.at("salesCase").get<bool>();
      project.owner = OptionalUser(p.at("owner"));
      project.sales_person = OptionalUser(p.at("salesPerson"));
      for (const auto& m : p.at("members")) project.members.emplace_back(m.get<std::int64_t>());
      event.audience.project = std::move(project);
    }
    return event;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

std::string Serialize(const Revocation& revocation) {
  nlohmann::json out = {
      {"revoke",
       {{"org", revocation.org.value}, {"user", revocation.user.value}, {"session", revocation.session}}}};
  return out.dump();
}

std::optional<Revocation> DeserializeRevocation(std::string_view text) {
  try {
    const auto in = nlohmann::json::parse(text);
    if (!in.is_object() || !in.contains("revoke")) return std::nullopt;
    const auto& r = in.at("revoke");
    return Revocation{OrgId(r.at("org").get<std::int64_t>()), UserId(r.at("user").get<std::int64_t>()),
                      r.at("session").get<std::string>()};
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
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
