#include "app/log_redaction.hpp"

#include <array>

#include <soci/soci.h>

#include "platform/http/url.hpp"

namespace clientele::app {

namespace {

constexpr std::string_view kMask = "***";
constexpr std::array<std::string_view, 4> kSecretNames = {"token", "secret", "password", "key"};

bool IsSecretName(std::string_view name) {
  for (auto secret : kSecretNames)
    if (name == secret) return true;
  return false;
}

/// The query string with the values of secret parameters masked; other parameters stay as sent.
std::string MaskQuery(std::string_view query) {
  std::string out;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    const auto name = http::PercentDecode(pair.substr(0, eq), true);
    if (!out.empty()) out += '&';
    if (eq != std::string_view::npos && (!name || IsSecretName(*name))) {
      out.append(pair.substr(0, eq + 1)).append(kMask);
    } else {
      out.append(pair);
    }
  }
  return out;
}

}  // namespace

std::string LoggedTarget(const http::Router& router, const http::Request& request) {
  std::string path = request.path;
  const auto match = router.Match(request.method, request.path);
  for (const auto& [name, value] : match.params) {
    if (!IsSecretName(name) || value.empty()) continue;
    for (auto at = path.find(value); at != std::string::npos; at = path.find(value, at + kMask.size()))
      path.replace(at, value.size(), kMask);
  }
  if (request.query.empty()) return path;
  return path + "?" + MaskQuery(request.query);
}

std::string LoggableError(const std::exception& error) {
  if (const auto* soci_error = dynamic_cast<const soci::soci_error*>(&error))
    return soci_error->get_error_message();
  return error.what();
}

std::string WithoutPassword(std::string_view url) {
  std::string out(url);
  // URL form: scheme://user:password@host…
  if (const auto scheme = out.find("://"); scheme != std::string::npos) {
    const auto at = out.find('@', scheme + 3);
    const auto colon = out.find(':', scheme + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at)
      out.replace(colon + 1, at - colon - 1, kMask);
  }
  // Key-value form (and URL query parameters): password=secret up to the next separator.
  for (auto at = out.find("password="); at != std::string::npos; at = out.find("password=", at + 1)) {
    const auto start = at + 9;
    auto end = out.find_first_of(" &", start);
    if (end == std::string::npos) end = out.size();
    out.replace(start, end - start, kMask);
  }
  return out;
}

}  // namespace clientele::app
