#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "platform/events/event.hpp"

namespace clientele::events {

/// How a feature announces a change after its transaction committed. Publishing never blocks on listeners.
class Publisher {
 public:
  virtual ~Publisher() = default;
  virtual void Publish(Event event) = 0;
};

/// How a feature announces, after its transaction committed, that a user's access was taken away. An
/// EventBus then closes the subscriptions the revocation names, on every server that shares it.
class Revoker {
 public:
  virtual ~Revoker() = default;
  virtual void Revoke(const Revocation& revocation) = 0;
};

/// Whose subscription it is, so that a Revocation finds it. Empty: nobody's (it is never revoked).
struct Holder {
  std::optional<UserId> user;
  /// The SHA-256 of the session token it was opened with; empty for an API token.
  std::string session;
};

/// Which events one listener gets (besides being of its organization). Must be cheap and must not block:
/// it runs on the publisher's thread for every event of the organization.
using Filter = std::function<bool(const Event&)>;

/// One listener's bounded queue. The bus fills it; the listener drains it. When the listener falls so far
/// behind that the queue is full, the subscription is closed rather than making publishers wait: the
/// listener reconnects and reloads what it shows.
class Subscription {
 public:
  Subscription(OrgId org, Filter filter, std::size_t capacity, Holder holder = {})
      : org_(org), filter_(std::move(filter)), capacity_(capacity), holder_(std::move(holder)) {}

  /// What Take() found: the queued events, and whether the subscription is closed (nothing more will come).
  struct Batch {
    std::vector<Event> events;
    bool closed = false;
  };

  /// Sets what is called, from a publisher's thread, when the queue turns non-empty or the subscription
  /// closes. It must return quickly (post to the listener's own thread).
  void SetWake(std::function<void()> wake);
  /// Takes everything queued, without waiting.
  Batch Take();

  OrgId org() const { return org_; }
  bool Wants(const Event& event) const { return !filter_ || filter_(event); }
  /// For buses: queues `event`; false (and closed) when the queue was full.
  bool Offer(const Event& event);
  /// For buses: no more events will come.
  void Close();
  /// For buses: whether `revocation` takes this subscription's access away.
  bool RevokedBy(const Revocation& revocation) const;
  /// For buses: closes and drops what is queued, which the holder may no longer see.
  void Revoke();
  bool closed() const;

 private:
  const OrgId org_;
  const Filter filter_;
  const std::size_t capacity_;
  const Holder holder_;
  mutable std::mutex mu_;
  std::deque<Event> queue_;
  bool closed_ = false;
  std::function<void()> wake_;
};

/// Where committed changes go and where listeners subscribe (DESIGN.md §8): InProcessEventBus for one server
/// (SQLite), PgEventBus for several servers sharing one PostgreSQL database.
class EventBus : public Publisher, public Revoker {
 public:
  static constexpr std::size_t kDefaultQueue = 256;

  /// A listener of `org`'s events that `filter` accepts, held by `holder`.
  virtual std::shared_ptr<Subscription> Subscribe(OrgId org, Filter filter,
                                                  std::size_t capacity = kDefaultQueue,
                                                  Holder holder = {}) = 0;
  /// Stops delivering to `subscription` (idempotent) and closes it.
  virtual void Unsubscribe(const std::shared_ptr<Subscription>& subscription) = 0;
  /// Closes every subscription (server shutdown).
  virtual void CloseAll() = 0;
};

}  // namespace clientele::events
