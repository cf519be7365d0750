#pragma once

#include <string_view>

#include "platform/errors/error.hpp"

namespace clientele {

/// The one table from error codes to HTTP statuses (DESIGN.md §3), pinned by error_mapping_test.cpp.
int HttpStatusFor(ErrorCode code);

/// The wire name of a code, e.g. "validation_failed".
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace clientele
