#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "platform/events/in_process_bus.hpp"

namespace clientele::events {

/// The event bus of several servers on one PostgreSQL database (DESIGN.md §8): Publish sends the event,
/// audience included, with NOTIFY; one dedicated connection per server LISTENs and hands every notification
/// (its own too) to an in-process bus for delivery, so filtering and queues are the same as with one server.
///
/// Delivery is at most once: NOTIFY happens after the change committed, and when the listening connection
/// drops, every subscription is closed so that the pages reconnect and reload what they show.
class PgEventBus final : public EventBus {
 public:
  /// `conninfo`: a libpq connection string. Returns once the server listens (throws when it cannot connect).
  explicit PgEventBus(std::string conninfo);
  ~PgEventBus() override;

  void Publish(Event event) override;
  std::shared_ptr<Subscription> Subscribe(OrgId org, Filter filter, std::size_t capacity = kDefaultQueue,
                                          Holder holder = {}) override {
    return local_.Subscribe(org, std::move(filter), capacity, std::move(holder));
  }
  /// Revokes here at once, and sends the revocation to the other servers as a notification of its own.
  void Revoke(const Revocation& revocation) override;
  void Unsubscribe(const std::shared_ptr<Subscription>& subscription) override {
    local_.Unsubscribe(subscription);
  }
  void CloseAll() override { local_.CloseAll(); }

  static constexpr const char* kChannel = "clientele_events";

 private:
  struct Connection;
  void StopListening();
  /// NOTIFY with `payload` on the channel; false when it failed twice.
  bool Notify(const std::string& payload);
  /// Hands one notification's payload (an event or a revocation) to this server's listeners.
  void Deliver(const char* payload);
  void ListenLoop();
  /// Listens on a fresh connection and delivers until it fails or Stop; false when it could not listen.
  bool ListenOnce();

  const std::string conninfo_;
  InProcessEventBus local_;

  std::mutex publish_mu_;
  std::unique_ptr<Connection> publisher_;

  std::thread listener_;
  int wake_[2] = {-1, -1};  // a pipe that interrupts the listener's poll on shutdown
  std::atomic<bool> stopping_{false};
  std::mutex ready_mu_;
  std::condition_variable ready_cv_;
  bool ready_ = false;
  bool failed_ = false;
};

}  // namespace clientele::events
