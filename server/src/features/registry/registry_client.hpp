#pragma once

#include <array>
#include <chrono>
#include <mutex>
#include <semaphore>
#include <string>

#include "features/registry/registry.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

/// Asks a registry about one company. The service holds it by reference, so that tests can give it another
/// one.
class RegistryClient {
 public:
  virtual ~RegistryClient() = default;

  /// The registry's record of `business_id`, which must be valid and canonical ("0112038-9", "923609016").
  /// Errors: NotFound (not in the registry); BadGateway (the registry refused the request, failed or answered
  /// in an unexpected format); ServiceUnavailable (unreachable, too slow, throttling or down; with
  /// retry_after_seconds when it said how long to wait).
  virtual Result<RegistryCompany> Fetch(Registry registry, const std::string& business_id,
                                        Language language) = 0;
};

/// Where the registries are and how long to wait for them.
struct RegistryConfig {
  std::string fi_url = "https://avoindata.prh.fi";
  std::string no_url = "https://data.brreg.no";
  /// Per attempt, connecting included.
  std::chrono::milliseconds timeout{10'000};
  /// Registry calls block a request worker; at most this many at once, so that a stalled registry cannot
  /// occupy every worker of the server.
  int max_concurrent = 2;
};

/// The registries over HTTPS with libcurl: TLS verified, no redirects, `timeout` per attempt, one retry when
/// the connection failed (never after an HTTP answer), and after a 429 or 503 with Retry-After no further
/// request to that registry until the time has passed.
class CurlRegistryClient final : public RegistryClient {
 public:
  explicit CurlRegistryClient(RegistryConfig config);

  Result<RegistryCompany> Fetch(Registry registry, const std::string& business_id,
                                Language language) override;

  /// The URL asked for `business_id`.
  std::string UrlFor(Registry registry, const std::string& business_id) const;

 private:
  struct Reply;
  Reply Perform(const std::string& url) const;
  Result<RegistryCompany> Interpret(Registry registry, const std::string& business_id, Language language,
                                    const std::string& url, const Reply& reply);
  /// Seconds until the registry accepts requests again after it asked us to wait; 0 when it does now.
  int WaitFor(Registry registry) const;
  void Block(Registry registry, int seconds);

  RegistryConfig config_;
  std::counting_semaphore<1024> slots_;
  mutable std::mutex mutex_;
  std::array<std::chrono::steady_clock::time_point, 2> blocked_until_{};
};

}  // namespace clientele::registry
