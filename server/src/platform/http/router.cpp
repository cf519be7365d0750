#include "platform/http/router.hpp"

#include <optional>
#include <stdexcept>

namespace clientele::http {

namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  size_t start = 1;  // skip the leading '/'
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

/// "{name}" captures a whole segment; "{name}.ext" captures what comes before a fixed suffix (a file name).
struct Capture {
  std::string name;
  std::string suffix;
};

std::optional<Capture> CaptureOf(const std::string& segment) {
  if (segment.size() < 3 || segment.front() != '{') return std::nullopt;
  const auto close = segment.find('}');
  if (close == std::string::npos || close < 2) return std::nullopt;
  return Capture{segment.substr(1, close - 1), segment.substr(close + 1)};
}

}  // namespace

void Router::Add(Method method, std::string pattern, Access access, RouteDoc doc, Handler handler,
                 Gate gate) {
  if (pattern.empty() || pattern.front() != '/')
    throw std::invalid_argument("route pattern must start with /");
  for (size_t i = 0; i < routes_.size(); ++i) {
    if (routes_[i].method == method && routes_[i].pattern == pattern) {
      throw std::invalid_argument("route registered twice: " + pattern);
    }
  }
  segments_.push_back(Split(pattern));
  routes_.push_back(
      Route{method, std::move(pattern), access, std::move(doc), std::move(handler), std::move(gate)});
}

RouteMatch Router::Match(Method method, std::string_view path) const {
  RouteMatch result;
  if (path.empty() || path.front() != '/') return result;
  const auto parts = Split(path);
  if (method == Method::kHead) method = Method::kGet;
  for (size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = segments_[i];
    if (pattern.size() != parts.size()) continue;
    std::map<std::string, std::string> params;
    bool matched = true;
    for (size_t s = 0; s < parts.size() && matched; ++s) {
      if (auto capture = CaptureOf(pattern[s])) {
        const auto& part = parts[s];
        const auto& suffix = capture->suffix;
        if (part.size() <= suffix.size() ||
            part.compare(part.size() - suffix.size(), suffix.size(), suffix) != 0)
          matched = false;
        else
          params.emplace(capture->name, part.substr(0, part.size() - suffix.size()));
      } else {
        matched = pattern[s] == parts[s];
      }
    }
    if (!matched) continue;
    if (routes_[i].method != method) {
      result.path_known = true;
      continue;
    }
    result.route = &routes_[i];
    result.params = std::move(params);
    return result;
  }
  return result;
}

}  // namespace clientele::http
