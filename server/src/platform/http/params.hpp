#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/errors/result.hpp"
#include "platform/http/context.hpp"
#include "platform/util/page.hpp"

namespace clientele::http {

/// `limit` (1..max, default `fallback`) and `cursor` from the query; out-of-range → 422 on `limit`.
Result<PageRequest> ReadPage(const RequestContext& ctx, int fallback = 50, int max = 200);

/// An optional positive integer query parameter; anything else → 422 naming it.
Result<std::optional<std::int64_t>> ReadOptionalId(const RequestContext& ctx, std::string_view name);

/// An optional query parameter that must be one of `allowed`; anything else → 422 naming it.
Result<std::optional<std::string>> ReadOptionalChoice(const RequestContext& ctx, std::string_view name,
                                                      const std::vector<std::string_view>& allowed);

/// Refuses query parameters the route does not know (a typo must not silently widen a list).
Status RejectUnknownQuery(const RequestContext& ctx, const std::vector<std::string_view>& known);

}  // namespace clientele::http
