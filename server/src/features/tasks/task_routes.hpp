#pragma once

#include "features/tasks/task_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::tasks {

/// /api/v1/projects/{id}/tasks, /api/v1/tasks/{id}… and the boards.
void AddTaskRoutes(http::Router& router, TaskService& service);

}  // namespace clientele::tasks
