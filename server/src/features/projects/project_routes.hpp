#pragma once

#include "features/projects/project_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::projects {

/// /api/v1/projects, /api/v1/projects/{id}… and /api/v1/customers/{id}/projects.
void AddProjectRoutes(http::Router& router, ProjectService& service);

}  // namespace clientele::projects
