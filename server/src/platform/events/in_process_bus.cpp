#include "platform/events/in_process_bus.hpp"

#include <algorithm>

namespace clientele::events {

void InProcessEventBus::Publish(Event event) {
  std::vector<std::shared_ptr<Subscription>> overflowed;
  {
    std::lock_guard lock(mu_);
    // Numbered under the lock, so that every listener gets its events in increasing order.
    event.sequence = ++sequence_;
    auto it = by_org_.find(event.org.value);
    if (it == by_org_.end()) return;
    // Offer only locks the one subscription's queue and posts a wake-up: the lock is held for microseconds.
    for (const auto& subscription : it->second) {
      if (subscription->Wants(event) && !subscription->Offer(event)) overflowed.push_back(subscription);
    }
  }
  for (const auto& subscription : overflowed) Unsubscribe(subscription);
}

std::shared_ptr<Subscription> InProcessEventBus::Subscribe(OrgId org, Filter filter, std::size_t capacity,
                                                           Holder holder) {
  auto subscription = std::make_shared<Subscription>(org, std::move(filter),
                                                     std::max<std::size_t>(1, capacity), std::move(holder));
  std::lock_guard lock(mu_);
  by_org_[org.value].push_back(subscription);
  return subscription;
}

void InProcessEventBus::Unsubscribe(const std::shared_ptr<Subscription>& subscription) {
  if (!subscription) return;
  {
    std::lock_guard lock(mu_);
    auto it = by_org_.find(subscription->org().value);
    if (it != by_org_.end()) {
      auto& list = it->second;
      list.erase(std::remove(list.begin(), list.end(), subscription), list.end());
      if (list.empty()) by_org_.erase(it);
    }
  }
  subscription->Close();
}

void InProcessEventBus::Revoke(const Revocation& revocation) {
  std::vector<std::shared_ptr<Subscription>> revoked;
  {
    std::lock_guard lock(mu_);
    auto it = by_org_.find(revocation.org.value);
    if (it == by_org_.end()) return;
    for (const auto& subscription : it->second)
      if (subscription->RevokedBy(revocation)) revoked.push_back(subscription);
  }
  for (const auto& subscription : revoked) {
    subscription->Revoke();
    Unsubscribe(subscription);
  }
}

void InProcessEventBus::CloseAll() {
  std::map<std::int64_t, std::vector<std::shared_ptr<Subscription>>> all;
  {
    std::lock_guard lock(mu_);
    all.swap(by_org_);
  }
  for (auto& [org, list] : all)
    for (auto& subscription : list) subscription->Close();
}

std::size_t InProcessEventBus::size() const {
  std::lock_guard lock(mu_);
  std::size_t n = 0;
  for (const auto& [org, list] : by_org_) n += list.size();
  return n;
}

}  // namespace clientele::events
