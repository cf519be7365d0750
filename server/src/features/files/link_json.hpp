#pragma once

#include <nlohmann/json.hpp>

#include "features/files/link.hpp"
#include "platform/errors/result.hpp"

namespace clientele::files {

void to_json(nlohmann::json& j, const Link& l);

/// POST /customers/{id}/links and /projects/{id}/links body. Wrong types → 400; unknown fields → 422.
Result<NewLink> ParseNewLink(const nlohmann::json& body);
/// PATCH /links/{id} body.
Result<LinkPatch> ParseLinkPatch(const nlohmann::json& body);

}  // namespace clientele::files
