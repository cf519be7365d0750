#include "features/registry/registry_cache.hpp"

namespace clientele::registry {

namespace {

std::string Key(Registry registry, const std::string& business_id, Language language) {
  return std::string(CountryOf(registry)) + "|" + business_id + "|" +
         std::to_string(static_cast<int>(language));
}

}  // namespace

RegistryCache::RegistryCache(std::chrono::seconds ttl, std::size_t capacity, Clock clock)
    : ttl_(ttl), capacity_(capacity == 0 ? 1 : capacity), clock_(std::move(clock)) {}

std::optional<Result<RegistryCompany>> RegistryCache::Get(Registry registry, const std::string& business_id,
                                                          Language language) {
  const auto key = Key(registry, business_id, language);
  const auto now = clock_();
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.expires <= now) {
    order_.erase(it->second.order);
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.answer;
}

void RegistryCache::Put(Registry registry, const std::string& business_id, Language language,
                        const Result<RegistryCompany>& answer) {
  if (!answer.ok() && answer.error().code != ErrorCode::kNotFound) return;
  const auto key = Key(registry, business_id, language);
  const auto expires = clock_() + ttl_;
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(key); it != entries_.end()) {
    order_.erase(it->second.order);
    entries_.erase(it);
  }
  while (entries_.size() >= capacity_) {
    entries_.erase(order_.front());
    order_.pop_front();
  }
  order_.push_back(key);
  entries_.emplace(key, Entry{answer, expires, std::prev(order_.end())});
}

std::size_t RegistryCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace clientele::registry
