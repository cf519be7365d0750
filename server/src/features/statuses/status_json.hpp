#pragma once

#include <nlohmann/json.hpp>

#include "features/statuses/status.hpp"
#include "platform/errors/result.hpp"

namespace clientele::statuses {

void to_json(nlohmann::json& j, const SalesStatus& s);
void to_json(nlohmann::json& j, const TaskStatus& s);

/// Request bodies; wrong types → 400, unknown fields → 422.
Result<NewSalesStatus> ParseNewSalesStatus(const nlohmann::json& body);
Result<SalesStatusPatch> ParseSalesStatusPatch(const nlohmann::json& body);
Result<NewTaskStatus> ParseNewTaskStatus(const nlohmann::json& body);
Result<TaskStatusPatch> ParseTaskStatusPatch(const nlohmann::json& body);

}  // namespace clientele::statuses
