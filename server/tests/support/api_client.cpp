#include "support/api_client.hpp"

#include <strings.h>

#include <curl/curl.h>

#include <stdexcept>

namespace clientele::testing {

namespace {

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<std::map<std::string, std::string>*>(user);
  std::string line(data, size * count);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    (*headers)[name] = value;
  }
  return size * count;
}

}  // namespace

std::string HttpResult::error_code() const {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.contains("error")) return "";
  return j["error"].value("code", "");
}

bool HttpResult::has_field_error(const std::string& field) const {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.contains("error") || !j["error"].contains("fields")) return false;
  for (const auto& f : j["error"]["fields"]) {
    if (f.value("field", "") == field) return true;
  }
  return false;
}

HttpResult ApiClient::Send(const std::string& method, const std::string& path,
                           std::optional<std::string> body, const std::map<std::string, std::string>& extra) {
  CURL* curl = curl_easy_init();
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  HttpResult result;
  std::string url = base_ + path;
  curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, "Expect:");
  bool own_type = false;
  for (const auto& [name, value] : extra)
    own_type = own_type || strcasecmp(name.c_str(), "Content-Type") == 0;
  if (body && !own_type) headers = curl_slist_append(headers, "Content-Type: application/json");
  if (!token_.empty()) headers = curl_slist_append(headers, ("Authorization: Bearer " + token_).c_str());
  if (!cookie_.empty()) headers = curl_slist_append(headers, ("Cookie: " + cookie_).c_str());
  if (send_csrf_ && !csrf_.empty() && method != "GET") {
    headers = curl_slist_append(headers, ("X-CSRF-Token: " + csrf_).c_str());
  }
  for (const auto& [name, value] : extra) headers = curl_slist_append(headers, (name + ": " + value).c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);  // or curl waits for a body
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &result.headers);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (body) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
  }
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) throw std::runtime_error(method + " " + url + ": " + curl_easy_strerror(rc));
  return result;
}

HttpResult ApiClient::Login(const std::string& email, const std::string& password) {
  auto result = Post("/api/v1/auth/login", {{"email", email}, {"password", password}});
  if (result.status == 200) {
    std::string set_cookie = result.header("set-cookie");
    cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    csrf_ = result.json().value("csrfToken", "");
  }
  return result;
}

}  // namespace clientele::testing
