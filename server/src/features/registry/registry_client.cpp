#include "features/registry/registry_client.hpp"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <memory>

#include <nlohmann/json.hpp>

#include "features/registry/brreg_mapping.hpp"
#include "features/registry/prh_mapping.hpp"

namespace clientele::registry {

using nlohmann::json;

namespace {

constexpr const char* kUserAgent = "Clientele/" CLIENTELE_VERSION " (+customer registry lookup)";
/// A company record is a few kilobytes; anything far larger is not an answer we want to hold.
constexpr std::size_t kMaxBodyBytes = 4 << 20;
/// However long a registry asks us to wait, we ask again after this.
constexpr int kMaxRetryAfterSeconds = 3600;

std::string Name(Registry registry) { return std::string(SourceOf(registry).registry); }

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  if (body->size() + size * count > kMaxBodyBytes) return 0;  // aborts the transfer
  body->append(data, size * count);
  return size * count;
}

struct Headers {
  std::string content_type;
  std::string retry_after;
};

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<Headers*>(user);
  std::string_view line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name(line.substr(0, colon));
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
      value.remove_suffix(1);
    }
    if (name == "content-type")
      headers->content_type = value;
    else if (name == "retry-after")
      headers->retry_after = value;
  }
  return size * count;
}

/// Retry-After is either delta-seconds or an HTTP date; 0 when absent or unreadable.
int ParseRetryAfter(const std::string& value) {
  if (value.empty()) return 0;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return value.size() > 6 ? kMaxRetryAfterSeconds : std::min(std::stoi(value), kMaxRetryAfterSeconds);
  }
  const time_t when = curl_getdate(value.c_str(), nullptr);
  if (when < 0) return 0;
  const auto delta = static_cast<long long>(when - std::time(nullptr));
  return static_cast<int>(std::clamp<long long>(delta, 0, kMaxRetryAfterSeconds));
}

/// Failures to establish or keep the connection before any answer arrived: worth one more try.
bool IsConnectionFailure(CURLcode code) {
  return code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_CONNECT || code == CURLE_GOT_NOTHING ||
         code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR;
}

/// What the registry said went wrong, from its error body, as one short line (it is shown to the user).
std::string Reason(const std::string& body) {
  std::string reason;
  json parsed = json::parse(body, nullptr, false);
  if (parsed.is_object()) {
    // PRH: {timestamp, message, errorcode}; Brønnøysund: {feilmelding, valideringsfeil: [{feilmelding}]}.
    if (auto it = parsed.find("message"); it != parsed.end() && it->is_string())
      reason = it->get<std::string>();
    if (auto it = parsed.find("feilmelding"); it != parsed.end() && it->is_string())
      reason = it->get<std::string>();
    if (auto it = parsed.find("valideringsfeil"); it != parsed.end() && it->is_array() && !it->empty()) {
      const json& first = it->front();
      if (first.is_object() && first.contains("feilmelding") && first["feilmelding"].is_string()) {
        reason += (reason.empty() ? "" : ": ") + first["feilmelding"].get<std::string>();
      }
    }
  } else if (parsed.is_discarded()) {
    reason = body.substr(0, body.find('\n'));
  }
  std::string clean;
  for (char c : reason) {
    if (static_cast<unsigned char>(c) >= 0x20) clean.push_back(c);
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  if (clean.size() > 200) clean = clean.substr(0, 200) + "…";
  return clean;
}

std::string WithReason(const std::string& text, const std::string& reason) {
  return reason.empty() ? text : text + ": " + reason;
}

std::once_flag curl_init;

}  // namespace

struct CurlRegistryClient::Reply {
  CURLcode code = CURLE_OK;
  std::string error;
  long status = 0;
  std::string body;
  Headers headers;
  int attempts = 0;
};

CurlRegistryClient::CurlRegistryClient(RegistryConfig config)
    : config_(std::move(config)), slots_(std::clamp(config_.max_concurrent, 1, 1024)) {
  std::call_once(curl_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  for (auto* url : {&config_.fi_url, &config_.no_url}) {
    while (!url->empty() && url->back() == '/') url->pop_back();
  }
}

std::string CurlRegistryClient::UrlFor(Registry registry, const std::string& business_id) const {
  // Business ids are validated digits and a hyphen: nothing to escape.
  if (registry == Registry::kPrh)
    return config_.fi_url + "/opendata-ytj-api/v3/companies?businessId=" + business_id;
  return config_.no_url + "/enhetsregisteret/api/enheter/" + business_id;
}

CurlRegistryClient::Reply CurlRegistryClient::Perform(const std::string& url) const {
  Reply reply;
  while (reply.attempts < 2) {
    ++reply.attempts;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) throw std::runtime_error("curl_easy_init failed");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
        curl_slist_append(nullptr, "Accept: application/json"), curl_slist_free_all);
    char error[CURL_ERROR_SIZE] = {};
    reply.body.clear();
    reply.headers = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(c, CURLOPT_USERAGENT, kUserAgent);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(config_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &reply.headers);
    reply.code = curl_easy_perform(c);
    reply.error = error[0] ? error : curl_easy_strerror(reply.code);
    reply.status = 0;
    if (reply.code == CURLE_OK) curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
    if (!IsConnectionFailure(reply.code)) break;
  }
  return reply;
}

int CurlRegistryClient::WaitFor(Registry registry) const {
  std::lock_guard lock(mutex_);
  const auto left = blocked_until_[static_cast<int>(registry)] - std::chrono::steady_clock::now();
  const auto seconds = std::chrono::ceil<std::chrono::seconds>(left).count();
  return seconds > 0 ? static_cast<int>(seconds) : 0;
}

void CurlRegistryClient::Block(Registry registry, int seconds) {
  if (seconds <= 0) return;
  std::lock_guard lock(mutex_);
  auto& until = blocked_until_[static_cast<int>(registry)];
  until = std::max(until, std::chrono::steady_clock::now() + std::chrono::seconds(seconds));
}

Result<RegistryCompany> CurlRegistryClient::Fetch(Registry registry, const std::string& business_id,
                                                  Language language) {
  if (const int wait = WaitFor(registry); wait > 0) {
    Error e{ErrorCode::kServiceUnavailable,
            Name(registry) + " asked us to slow down; try again in " + std::to_string(wait) + " seconds"};
    e.retry_after_seconds = wait;
    return e;
  }
  if (!slots_.try_acquire()) {
    return Error{ErrorCode::kServiceUnavailable,
                 "Too many registry lookups are running; try again in a moment"};
  }
  const std::string url = UrlFor(registry, business_id);
  const auto started = std::chrono::steady_clock::now();
  Reply reply;
  try {
    reply = Perform(url);
  } catch (...) {
    slots_.release();
    throw;
  }
  slots_.release();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
          .count();
  auto result = Interpret(registry, business_id, language, url, reply);
  if (result.ok() || result.error().code == ErrorCode::kNotFound) {
    spdlog::info("registry {} {}: HTTP {} in {} ms", Name(registry), business_id, reply.status, ms);
  } else {
    spdlog::warn("registry {} {}: {} (HTTP {}, curl {}, {} attempt(s), {} ms)", Name(registry), business_id,
                 result.error().message, reply.status, static_cast<int>(reply.code), reply.attempts, ms);
  }
  return result;
}

Result<RegistryCompany> CurlRegistryClient::Interpret(Registry registry, const std::string& business_id,
                                                      Language language, const std::string& url,
                                                      const Reply& reply) {
  const std::string name = Name(registry);
  if (reply.code == CURLE_OPERATION_TIMEDOUT) {
    const auto seconds = std::max<long long>(1, (config_.timeout.count() + 999) / 1000);
    return Error{ErrorCode::kServiceUnavailable, name + " did not answer within " + std::to_string(seconds) +
                                                     (seconds == 1 ? " second" : " seconds") +
                                                     "; the registry is unavailable, try again later"};
  }
  if (IsConnectionFailure(reply.code)) {
    return Error{ErrorCode::kServiceUnavailable, "Could not reach " + name + " (" + reply.error +
                                                     "); the registry is unavailable, try again later"};
  }
  if (reply.code != CURLE_OK) {
    return Error{ErrorCode::kBadGateway, "Could not get an answer from " + name + " (" + reply.error + ")"};
  }
  const long status = reply.status;
  if (status == 200) {
    json body = json::parse(reply.body, nullptr, false);
    if (body.is_discarded())
      return Error{ErrorCode::kBadGateway, name + " answered with something that is not JSON"};
    auto company = registry == Registry::kPrh ? MapPrhCompanies(body, business_id, language)
                                              : MapBrregUnit(body, business_id);
    if (company.ok()) company->url = url;
    return company;
  }
  if (status == 404) return NotInRegistry(registry, business_id);
  if (status == 410 && registry == Registry::kBrreg) {
    RegistryCompany gone = MapBrregGone(json::parse(reply.body, nullptr, false), business_id);
    gone.url = url;
    return gone;
  }
  const std::string reason = Reason(reply.body);
  if (status == 429 || status == 503) {
    const int wait = ParseRetryAfter(reply.headers.retry_after);
    Block(registry, wait);
    const std::string what =
        status == 429 ? " is throttling requests (HTTP 429" : " is unavailable (HTTP 503";
    Error e{ErrorCode::kServiceUnavailable,
            name + what + (reason.empty() ? "" : ": " + reason) + "); try again " +
                (wait > 0 ? "in " + std::to_string(wait) + " seconds" : "later")};
    e.retry_after_seconds = wait;
    return e;
  }
  if (status == 400) {
    return Error{ErrorCode::kBadGateway,
                 WithReason(name + " rejected the request for " + business_id + " (HTTP 400)", reason)};
  }
  if (status >= 500) {
    return Error{
        ErrorCode::kBadGateway,
        WithReason(name + " failed (HTTP " + std::to_string(status) + ")", reason) + "; try again later"};
  }
  return Error{ErrorCode::kBadGateway,
               WithReason(name + " answered with an unexpected HTTP " + std::to_string(status), reason)};
}

}  // namespace clientele::registry
