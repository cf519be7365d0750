#pragma once

#include <optional>
#include <string_view>

namespace clientele::http {

/// True for a Content-Type that announces JSON: application/json or a +json type, parameters such as
/// charset allowed, case-insensitive. A browser's cross-site form can only send urlencoded, multipart or
/// text/plain bodies without a preflight, so refusing everything else on JSON routes stops such forms.
bool IsJsonMediaType(std::optional<std::string_view> content_type);

}  // namespace clientele::http
