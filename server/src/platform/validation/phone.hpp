#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::validation {

/// Why `phone` is not a phone number as people write them ("+358 40 123 4567", "(09) 123-456"): digits,
/// spaces and + - ( ) . / only, at least one digit, at most `max` characters (nullopt: fine).
std::optional<std::string> CheckPhone(std::string_view phone, std::size_t max = 50);

}  // namespace clientele::validation
