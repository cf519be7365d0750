#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clientele::util {

/// Keyset cursors are opaque to clients: the sort key parts, URL-safe base64 encoded.
std::string EncodeCursor(const std::vector<std::string>& parts);
/// Nullopt when `cursor` is not one we made (the caller answers 422 on `cursor`).
std::optional<std::vector<std::string>> DecodeCursor(std::string_view cursor, std::size_t expected_parts);

}  // namespace clientele::util
