#pragma once

#include <string_view>

namespace clientele::validation {

/// True when `text` is well-formed UTF-8 as RFC 3629 defines it: no overlong forms (C0 AF for '/'), no
/// surrogates, nothing above U+10FFFF and no truncated sequence. Overlong forms matter for security: a
/// decoder that accepted them would let "%C0%AE%C0%AE" spell "..".
bool IsValidUtf8(std::string_view text);

}  // namespace clientele::validation
