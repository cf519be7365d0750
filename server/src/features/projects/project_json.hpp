#pragma once

#include <nlohmann/json.hpp>

#include "features/projects/project.hpp"
#include "platform/errors/result.hpp"

namespace clientele::projects {

void to_json(nlohmann::json& j, const Project& p);
void to_json(nlohmann::json& j, const StatusChange& c);
void to_json(nlohmann::json& j, const CurrencyTotals& t);
void to_json(nlohmann::json& j, const CustomerProjects& c);

/// Request bodies; wrong types → 400, unknown fields → 422.
Result<NewProject> ParseNewProject(const nlohmann::json& body);
Result<ProjectPatch> ParseProjectPatch(const nlohmann::json& body);

}  // namespace clientele::projects
