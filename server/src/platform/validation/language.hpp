#pragma once

#include <string_view>

namespace clientele::validation {

/// True for an ISO 639-1 language code in lower case ("fi", "sv", "en").
bool IsLanguageCode(std::string_view code);

}  // namespace clientele::validation
