#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace clientele::util {

/// Now, UTC, as ISO-8601 with seconds: 2026-11-27T20:41:00Z (sorts lexically in time order).
std::string NowIso();
std::string ToIso(std::chrono::system_clock::time_point t);
/// Today's date, UTC: 2026-11-27.
std::string TodayIso();

}  // namespace clientele::util

namespace clientele::util {
/// Parses what ToIso writes; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> ParseIso(const std::string& text);
}  // namespace clientele::util
