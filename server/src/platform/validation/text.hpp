#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/errors/error.hpp"

namespace clientele::validation {

/// Trims ASCII whitespace at both ends.
std::string Trim(std::string_view text);

/// Number of Unicode code points in valid UTF-8.
std::size_t CodePoints(std::string_view text);

/// Why `text` is not acceptable as a single-line value of at most `max` characters (nullopt: fine).
/// Control characters are refused; an empty value is refused unless `allow_empty`.
std::optional<std::string> CheckLine(std::string_view text, std::size_t max, bool allow_empty = false);

/// Trims an optional text in place; an empty result means "not set".
void TrimOptional(std::optional<std::string>& value);

/// Adds `field`'s error to `errors` when `value` is set and not a valid line of at most `max` characters.
void CheckOptionalLine(const std::optional<std::string>& value, const char* field, std::size_t max,
                       std::vector<FieldError>& errors);

/// Lower-cases ASCII and the Latin-1 capitals (Å, Ä, Ö, Ø, Æ …) so sorting and prefix search ignore case.
std::string FoldCase(std::string_view text);

/// Why `email` is not an e-mail address (nullopt: fine).
std::optional<std::string> CheckEmail(std::string_view email);

/// Why `url` is not an absolute http(s) URL (nullopt: fine).
std::optional<std::string> CheckWebUrl(std::string_view url);

/// True for an assigned ISO 3166-1 alpha-2 code in upper case.
bool IsCountryCode(std::string_view code);

}  // namespace clientele::validation
