#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::validation {

/// Why `text` is not a calendar date written YYYY-MM-DD (nullopt: fine).
std::optional<std::string> CheckDate(std::string_view text);

}  // namespace clientele::validation
