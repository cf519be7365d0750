#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "features/registry/registry.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

/// Recent registry answers per registry, business id and language, so that a lookup followed by an update (or
/// a second look) does not ask the registry again. Keeps found companies and "not found" answers for `ttl`;
/// never failures, which the next call should retry. Holds at most `capacity` entries, dropping the oldest.
/// Thread-safe.
class RegistryCache {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  static constexpr std::chrono::seconds kDefaultTtl{300};
  static constexpr std::size_t kDefaultCapacity = 1000;

  explicit RegistryCache(std::chrono::seconds ttl = kDefaultTtl, std::size_t capacity = kDefaultCapacity,
                         Clock clock = std::chrono::steady_clock::now);

  std::optional<Result<RegistryCompany>> Get(Registry registry, const std::string& business_id,
                                             Language language);
  /// Stores `answer` when it is worth keeping (a company or a not-found); ignores other errors.
  void Put(Registry registry, const std::string& business_id, Language language,
           const Result<RegistryCompany>& answer);
  std::size_t size() const;

 private:
  struct Entry {
    Result<RegistryCompany> answer;
    std::chrono::steady_clock::time_point expires;
    std::list<std::string>::iterator order;
  };

  std::chrono::seconds ttl_;
  std::size_t capacity_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> order_;  // oldest first
};

}  // namespace clientele::registry
