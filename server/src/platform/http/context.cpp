#include "platform/http/context.hpp"

#include <charconv>

namespace clientele::http {

Result<std::int64_t> RequestContext::PathId(std::string_view name) const {
  auto it = path_params.find(std::string(name));
  if (it == path_params.end()) return Error::NotFound("Not found");
  const std::string& text = it->second;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value <= 0) {
    return Error::NotFound("Not found");
  }
  return value;
}

std::optional<std::string> RequestContext::Query(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

}  // namespace clientele::http
