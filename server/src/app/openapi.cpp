#include "app/openapi.hpp"

#include <algorithm>

#include "platform/errors/error_mapping.hpp"
#include "platform/http/respond.hpp"

namespace clientele::app {

using nlohmann::json;

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view ReasonFor(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 400:
      return "Malformed request (bad JSON, wrong type)";
    case 401:
      return "Not signed in";
    case 403:
      return "Not allowed (role or CSRF token)";
    case 404:
      return "No such record in your organization";
    case 409:
      return "Conflict (stale version, duplicate, something attached)";
    case 413:
      return "Body too large";
    case 422:
      return "A field failed validation";
    case 429:
      return "Too many attempts";
    case 502:
      return "An outside service failed";
    case 503:
      return "Temporarily unavailable";
    default:
      return "See the error body";
  }
}

json Parameters(const std::string& pattern, const std::vector<std::string>& text_params) {
  json params = json::array();
  size_t pos = 0;
  while ((pos = pattern.find('{', pos)) != std::string::npos) {
    size_t end = pattern.find('}', pos);
    const std::string name = pattern.substr(pos + 1, end - pos - 1);
    const bool text = std::find(text_params.begin(), text_params.end(), name) != text_params.end();
    params.push_back(
        {{"name", name},
         {"in", "path"},
         {"required", true},
         {"schema", text ? json{{"type", "string"}} : json{{"type", "integer"}, {"format", "int64"}}}});
    pos = end;
  }
  return params;
}

}  // namespace

json BuildOpenApi(const http::Router& router) {
  json paths = json::object();
  for (const auto& route : router.routes()) {
    json responses = json::object();
    responses[std::to_string(route.doc.success_status)] = {
        {"description", ReasonFor(route.doc.success_status)}};
    for (int status : route.doc.errors) {
      responses[std::to_string(status)] = {
          {"description", ReasonFor(status)},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
    }
    json op = {
        {"summary", route.doc.summary}, {"tags", json::array({route.doc.tag})}, {"responses", responses}};
    if (route.access == http::Access::kSignedIn) {
      op["responses"]["401"] = {{"description", ReasonFor(401)}};
      op["security"] = json::array({{{"session", json::array()}}, {{"bearer", json::array()}}});
    }
    auto params = Parameters(route.pattern, route.doc.text_params);
    if (route.doc.body == http::BodyKind::kUpload) {
      // A raw upload: the file is the body, its name a query parameter.
      params.push_back(
          {{"name", "name"}, {"in", "query"}, {"required", true}, {"schema", {{"type", "string"}}}});
      op["requestBody"] = {{"required", true},
                           {"content", {{"*/*", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
    }
    if (!params.empty()) op["parameters"] = params;
    paths[route.pattern][Lower(http::MethodName(route.method))] = op;
  }
  return {{"openapi", "3.1.0"},
          {"info", {{"title", "Clientele API"}, {"version", CLIENTELE_VERSION}}},
          {"paths", paths},
          {"components",
           {{"securitySchemes",
             {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "clientele_session"}}},
              {"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
            {"schemas",
             {{"Error",
               {{"type", "object"},
                {"properties",
                 {{"error",
                   {{"type", "object"},
                    {"properties",
                     {{"code", {{"type", "string"}}},
                      {"message", {{"type", "string"}}},
                      {"fields", {{"type", "array"}}},
                      {"current", {{"type", "object"}}}}}}}}}}}}}}}};
}

void AddOpenApiRoute(http::Router& router) {
  router.Add(http::Method::kGet, "/api/v1/openapi.json", http::Access::kPublic, {"This document", "meta", {}},
             [&router](http::RequestContext&) {
               return http::Response::Json(200, http::Dump(BuildOpenApi(router)));
             });
}

}  // namespace clientele::app
