#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/context.hpp"
#include "platform/http/message.hpp"

namespace clientele::http {

/// Who may call a route.
enum class Access { kPublic, kSignedIn };

/// What a route reads as its request body: JSON under the general limit, or raw bytes (a file upload) under
/// the upload limit.
enum class BodyKind { kJson, kUpload };

/// What the OpenAPI document says about a route.
struct RouteDoc {
  std::string summary;
  std::string tag;
  /// Error statuses the route can answer with besides 200/201/204 (401 is implied for signed-in routes).
  std::vector<int> errors;
  int success_status = 200;
  /// Path parameters that are text ("{country}"); the others are integer ids.
  std::vector<std::string> text_params = {};
  BodyKind body = BodyKind::kJson;
};

using Handler = std::function<Response(RequestContext&)>;

/// A check of the caller that needs nothing but the caller (an area's scope), made from the request's head
/// before its body is read, so that a caller who could never use the route does not get to upload to it.
/// The handler's service still makes the full check; an error here refuses the request.
using Gate = std::function<std::optional<Error>(const auth::Principal&)>;

struct Route {
  Method method;
  std::string pattern;  // "/api/v1/customers/{id}"; a "{name}" segment captures one path segment
  Access access;
  RouteDoc doc;
  Handler handler;
  Gate gate;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_known = false;  // some route has this path, with another method (→ 405)
};

/// Method + path-pattern routing; patterns are split into segments once, at registration.
class Router {
 public:
  void Add(Method method, std::string pattern, Access access, RouteDoc doc, Handler handler, Gate gate = {});
  RouteMatch Match(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;
};

}  // namespace clientele::http
