#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::settings {

/// The system's IANA time zone database (Debian's tzdata).
inline const std::filesystem::path kZoneInfoDir = "/usr/share/zoneinfo";

/// Why `name` is not an IANA time zone name such as "Europe/Helsinki" (nullopt: fine). The name must be
/// well formed (letters, digits, "_", "-", "+", "/" between parts; no "." parts) and name a TZif file under
/// `zoneinfo`, so that it can never reach outside that directory.
std::optional<std::string> CheckTimeZone(std::string_view name,
                                         const std::filesystem::path& zoneinfo = kZoneInfoDir);

}  // namespace clientele::settings
