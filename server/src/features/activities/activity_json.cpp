#include "features/activities/activity_json.hpp"

#include "features/notes/note_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::activities {

using clientele::json::OrNull;
using nlohmann::json;

namespace {

/// The participants list: each item {type: "user" | "contact", id}. Anything else is a 422 on
/// `participants` (the list is one field of the form).
Result<std::optional<std::vector<ParticipantRef>>> ReadParticipants(const Field<json>& field) {
  if (!field.present || !field.value) return std::optional<std::vector<ParticipantRef>>();
  std::vector<ParticipantRef> out;
  for (const auto& item : *field.value) {
    const auto bad =
        Error::Validation("participants", "must be a list of {\"type\": \"user\" or \"contact\", \"id\": N}");
    if (!item.is_object() || item.size() != 2 || !item.contains("type") || !item.contains("id")) return bad;
    const auto& type = item["type"];
    const auto& id = item["id"];
    if (!type.is_string() || !id.is_number_integer()) return bad;
    ParticipantRef p;
    if (type == "user")
      p.type = ParticipantRef::Type::kUser;
    else if (type == "contact")
      p.type = ParticipantRef::Type::kContact;
    else
      return bad;
    p.id = id.get<std::int64_t>();
    out.push_back(p);
  }
  return std::optional<std::vector<ParticipantRef>>(std::move(out));
}

}  // namespace

void to_json(json& j, const ActivityType& t) {
  j = {{"id", t.id.value},   {"kind", KindName(t.kind)},    {"name", t.name},
       {"active", t.active}, {"usageCount", t.usage_count}, {"version", t.version}};
}

void to_json(json& j, const Participant& p) {
  const char* type = p.type == ParticipantRef::Type::kUser ? "user" : "contact";
  j = {{"type", type}, {"id", OrNull(p.id)}, {"name", OrNull(p.name)}};
  if (p.deleted()) j["deleted"] = true;
}

void to_json(json& j, const Activity& a) {
  const auto& v = a.values;
  j = {{"id", a.id.value},
       {"customerId", a.customer.value},
       {"kind", KindName(v.kind)},
       {"typeId", v.type.value},
       {"type", {{"id", v.type.value}, {"name", a.type_name}, {"kind", KindName(v.kind)}}},
       {"name", v.name},
       {"description", OrNull(v.description)},
       {"location", OrNull(v.location)},
       {"dueAt", OrNull(v.due_at)},
       {"startAt", OrNull(v.start_at)},
       {"endAt", OrNull(v.end_at)},
       {"allDay", v.all_day},
       {"projectId", v.project ? json(v.project->value) : json(nullptr)},
       {"project", notes::ProjectJson(a.project)},
       {"ownerId", v.owner.value},
       {"owner", UserRef{v.owner, a.owner_name}},
       {"participants", a.participants},
       {"isDone", v.is_done},
       {"doneAt", OrNull(v.done_at)},
       {"createdAt", a.created_at},
       {"createdBy", a.created_by},
       {"updatedAt", a.updated_at},
       {"updatedBy", a.updated_by},
       {"version", a.version}};
}

Result<NewActivityType> ParseNewActivityType(const json& body) {
  clientele::json::ObjectReader r(body);
  NewActivityType t;
  t.kind = r.String("kind").value;
  t.name = r.String("name").value;
  t.active = r.Bool("active").value;
  CLIENTELE_CHECK(r.Finish());
  return t;
}

Result<ActivityTypePatch> ParseActivityTypePatch(const json& body) {
  clientele::json::ObjectReader r(body);
  ActivityTypePatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.active = r.Bool("active");
  if (body.contains("kind")) return Error::Validation("kind", "cannot change; make a new type instead");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<NewActivity> ParseNewActivity(const json& body) {
  clientele::json::ObjectReader r(body);
  NewActivity a;
  a.type_id = r.Int("typeId").value;
  a.name = r.String("name").value;
  a.description = r.String("description").value;
  a.location = r.String("location").value;
  a.due_at = r.String("dueAt");
  a.start_at = r.String("startAt");
  a.end_at = r.String("endAt");
  a.all_day = r.Bool("allDay");
  a.project_id = r.Int("projectId").value;
  a.owner_id = r.Int("ownerId").value;
  auto participants = r.Array("participants");
  a.is_done = r.Bool("isDone").value;
  CLIENTELE_CHECK(r.Finish());
  CLIENTELE_TRY(list, ReadParticipants(participants));
  a.participants = std::move(list);
  return a;
}

Result<ActivityPatch> ParseActivityPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  ActivityPatch p;
  p.version = r.Int("version").value;
  p.type_id = r.Int("typeId");
  p.name = r.String("name");
  p.description = r.String("description");
  p.location = r.String("location");
  p.due_at = r.String("dueAt");
  p.start_at = r.String("startAt");
  p.end_at = r.String("endAt");
  p.all_day = r.Bool("allDay");
  p.project_id = r.Int("projectId");
  p.owner_id = r.Int("ownerId");
  auto participants = r.Array("participants");
  p.is_done = r.Bool("isDone");
  CLIENTELE_CHECK(r.Finish());
  if (participants.present) {
    CLIENTELE_TRY(list, ReadParticipants(participants));
    p.participants = {true, std::move(list)};
  }
  return p;
}

}  // namespace clientele::activities
