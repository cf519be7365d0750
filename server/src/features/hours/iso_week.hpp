#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clientele::hours {

/// The seven dates (YYYY-MM-DD, Monday first) of an ISO 8601 week written "2026-W49"; nullopt when the text
/// is not such a week (W53 only in years that have one; years 1900–2999 as dates elsewhere).
std::optional<std::vector<std::string>> IsoWeekDays(std::string_view week);

/// The ISO week ("2026-W49") that contains `date` (YYYY-MM-DD, already valid).
std::string IsoWeekOf(std::string_view date);

}  // namespace clientele::hours
