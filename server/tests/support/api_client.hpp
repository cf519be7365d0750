#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace clientele::testing {

struct HttpResult {
  long status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names lower-cased

  nlohmann::json json() const { return nlohmann::json::parse(body); }
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
  /// error.code of an error body, or "" when the body is not one.
  std::string error_code() const;
  /// True when error.fields names `field`.
  bool has_field_error(const std::string& field) const;
};

/// A real HTTP client (libcurl) for API tests: keeps the session cookie and CSRF token after Login, or sends
/// a bearer token after UseToken.
class ApiClient {
 public:
  explicit ApiClient(std::string base_url) : base_(std::move(base_url)) {}

  HttpResult Get(const std::string& path) { return Send("GET", path, std::nullopt); }
  HttpResult Post(const std::string& path, const nlohmann::json& body) {
    return Send("POST", path, body.dump());
  }
  HttpResult Patch(const std::string& path, const nlohmann::json& body) {
    return Send("PATCH", path, body.dump());
  }
  HttpResult Delete(const std::string& path) { return Send("DELETE", path, std::nullopt); }
  /// Any method with a raw body (for malformed JSON and size tests).
  HttpResult Send(const std::string& method, const std::string& path, std::optional<std::string> body,
                  const std::map<std::string, std::string>& headers = {});

  /// Signs in; keeps the cookie and the CSRF token for the following calls.
  HttpResult Login(const std::string& email, const std::string& password);
  void UseToken(std::string token) { token_ = std::move(token); }
  /// Whether unsafe requests carry the X-CSRF-Token header (tests turn it off to see the refusal).
  void SendCsrf(bool send) { send_csrf_ = send; }
  void SetCsrf(std::string csrf) { csrf_ = std::move(csrf); }
  const std::string& cookie() const { return cookie_; }

 private:
  std::string base_;
  std::string token_;
  std::string cookie_;
  std::string csrf_;
  bool send_csrf_ = true;
};

}  // namespace clientele::testing
