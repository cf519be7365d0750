#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::http {

/// Percent-decodes `text`; in a query `+` means space. Returns nullopt for a broken escape or NUL byte.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

/// Parses `a=1&b=two` into a map. A repeated name keeps the first value. Nullopt on a broken escape.
std::optional<std::map<std::string, std::string>> ParseQuery(std::string_view query);

/// Parses a Cookie header (`a=1; b=2`) into a map.
std::map<std::string, std::string> ParseCookies(std::string_view header);

}  // namespace clientele::http
