#include "platform/http/params.hpp"

#include <algorithm>
#include <charconv>

namespace clientele::http {

namespace {

std::optional<std::int64_t> ParseInt(const std::string& text) {
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

Result<PageRequest> ReadPage(const RequestContext& ctx, int fallback, int max) {
  PageRequest page;
  page.limit = fallback;
  if (auto limit = ctx.Query("limit")) {
    auto value = ParseInt(*limit);
    if (!value || *value < 1 || *value > max) {
      return Error::Validation("limit", "must be an integer from 1 to " + std::to_string(max));
    }
    page.limit = static_cast<int>(*value);
  }
  if (auto cursor = ctx.Query("cursor"); cursor && !cursor->empty()) page.cursor = *cursor;
  return page;
}

Result<std::optional<std::int64_t>> ReadOptionalId(const RequestContext& ctx, std::string_view name) {
  auto text = ctx.Query(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  auto value = ParseInt(*text);
  if (!value || *value <= 0) return Error::Validation(std::string(name), "must be a positive integer id");
  return std::optional<std::int64_t>(*value);
}

Result<std::optional<std::string>> ReadOptionalChoice(const RequestContext& ctx, std::string_view name,
                                                      const std::vector<std::string_view>& allowed) {
  auto text = ctx.Query(name);
  if (!text || text->empty()) return std::optional<std::string>();
  if (std::find(allowed.begin(), allowed.end(), *text) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return Error::Validation(std::string(name), "must be one of: " + list);
  }
  return std::optional<std::string>(*text);
}

Status RejectUnknownQuery(const RequestContext& ctx, const std::vector<std::string_view>& known) {
  std::vector<FieldError> unknown;
  for (const auto& [name, value] : ctx.query) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      unknown.push_back({name, "is not a parameter of this request"});
    }
  }
  if (!unknown.empty()) return Error::Validation(std::move(unknown));
  return Ok();
}

}  // namespace clientele::http
