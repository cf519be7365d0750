#include "platform/http/router.hpp"

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

bool IsCapture(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::Add(Method method, std::string pattern, Access access, RouteDoc doc, Handler handler) {
  if (pattern.empty() || pattern.front() != '/')
    throw std::invalid_argument("route pattern must start with /");
  for (size_t i = 0; i < routes_.size(); ++i) {
    if (routes_[i].method == method && routes_[i].pattern == pattern) {
      throw std::invalid_argument("route registered twice: " + pattern);
    }
  }
  segments_.push_back(Split(pattern));
  routes_.push_back(Route{method, std::move(pattern), access, std::move(doc), std::move(handler)});
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
      if (IsCapture(pattern[s])) {
        if (parts[s].empty())
          matched = false;
        else
          params.emplace(pattern[s].substr(1, pattern[s].size() - 2), parts[s]);
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
