#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "platform/events/event_bus.hpp"

namespace clientele::events {

/// The event bus of one server process: publishers hand events straight to the queues of the organization's
/// listeners. Thread-safe; Publish never waits for a listener (a full queue closes that subscription).
class InProcessEventBus final : public EventBus {
 public:
  void Publish(Event event) override;
  std::shared_ptr<Subscription> Subscribe(OrgId org, Filter filter, std::size_t capacity = kDefaultQueue,
                                          Holder holder = {}) override;
  void Revoke(const Revocation& revocation) override;
  void Unsubscribe(const std::shared_ptr<Subscription>& subscription) override;
  void CloseAll() override;

  /// Open subscriptions, for tests and metrics.
  std::size_t size() const;

 private:
  mutable std::mutex mu_;
  std::map<std::int64_t, std::vector<std::shared_ptr<Subscription>>> by_org_;
  std::uint64_t sequence_ = 0;
};

}  // namespace clientele::events
