#pragma once

#include <nlohmann/json.hpp>

#include "platform/http/router.hpp"

namespace clientele::app {

/// An OpenAPI 3.1 document with one operation per registered route, from the routes' own descriptions.
nlohmann::json BuildOpenApi(const http::Router& router);

/// GET /api/v1/openapi.json. Registered last so that it describes every other route.
void AddOpenApiRoute(http::Router& router);

}  // namespace clientele::app
