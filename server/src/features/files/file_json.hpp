#pragma once

#include <nlohmann/json.hpp>

#include "features/files/file.hpp"
#include "platform/errors/result.hpp"

namespace clientele::files {

void to_json(nlohmann::json& j, const StoredFile& f);

/// PATCH /files/{id} body. Wrong types → 400; unknown fields → 422.
Result<FilePatch> ParseFilePatch(const nlohmann::json& body);
}  // namespace clientele::files
