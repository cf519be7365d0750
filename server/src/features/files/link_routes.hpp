#pragma once

#include "features/files/link_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::files {

/// /api/v1/customers/{id}/links, /api/v1/projects/{id}/links and /api/v1/links/{id}.
void AddLinkRoutes(http::Router& router, LinkService& service);

}  // namespace clientele::files
