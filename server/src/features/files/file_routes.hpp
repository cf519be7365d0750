#pragma once

#include "features/files/file_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::files {

/// /api/v1/customers/{id}/files, /api/v1/projects/{id}/files (raw-body uploads) and /api/v1/files/{id}.
void AddFileRoutes(http::Router& router, FileService& service);

}  // namespace clientele::files
