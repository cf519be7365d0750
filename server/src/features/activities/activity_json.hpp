#pragma once

#include <nlohmann/json.hpp>

#include "features/activities/activity.hpp"
#include "platform/errors/result.hpp"

namespace clientele::activities {

void to_json(nlohmann::json& j, const ActivityType& t);
/// {type, id, name}; a deleted contact as {type: "contact", id: null, name: null, deleted: true}.
void to_json(nlohmann::json& j, const Participant& p);
void to_json(nlohmann::json& j, const Activity& a);

/// POST /settings/activity-types body. Wrong types → 400; unknown fields → 422.
Result<NewActivityType> ParseNewActivityType(const nlohmann::json& body);
Result<ActivityTypePatch> ParseActivityTypePatch(const nlohmann::json& body);
/// POST /customers/{id}/activities and /projects/{id}/activities body.
Result<NewActivity> ParseNewActivity(const nlohmann::json& body);
/// PATCH /activities/{id} body.
Result<ActivityPatch> ParseActivityPatch(const nlohmann::json& body);

}  // namespace clientele::activities
