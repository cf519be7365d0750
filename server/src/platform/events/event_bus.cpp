#include "platform/events/event_bus.hpp"

namespace clientele::events {

void Subscription::SetWake(std::function<void()> wake) {
  bool ready = false;
  {
    std::lock_guard lock(mu_);
    wake_ = std::move(wake);
    ready = !queue_.empty() || closed_;
  }
  if (ready && wake_) wake_();
}

Subscription::Batch Subscription::Take() {
  std::lock_guard lock(mu_);
  Batch batch;
  batch.events.assign(std::make_move_iterator(queue_.begin()), std::make_move_iterator(queue_.end()));
  queue_.clear();
  batch.closed = closed_;
  return batch;
}

bool Subscription::Offer(const Event& event) {
  std::function<void()> wake;
  bool kept = true;
  {
    std::lock_guard lock(mu_);
    if (closed_) return false;
    if (queue_.size() >= capacity_) {
      kept = false;
      // Dropping one event silently would leave the page showing something stale; closing makes it reload.
      closed_ = true;
      queue_.clear();
    } else {
      queue_.push_back(event);
      // Only the first event of a batch needs to wake the listener: Take() drains the whole queue.
      if (queue_.size() > 1) return true;
    }
    wake = wake_;
  }
  if (wake) wake();
  return kept;
}

void Subscription::Close() {
  std::function<void()> wake;
  {
    std::lock_guard lock(mu_);
    if (closed_) return;
    closed_ = true;
    wake = wake_;
  }
  if (wake) wake();
}

bool Subscription::RevokedBy(const Revocation& revocation) const {
  if (!holder_.user || *holder_.user != revocation.user || org_ != revocation.org) return false;
  return revocation.session.empty() || revocation.session == holder_.session;
}

void Subscription::Revoke() {
  {
    std::lock_guard lock(mu_);
    queue_.clear();
  }
  Close();
}

bool Subscription::closed() const {
  std::lock_guard lock(mu_);
  return closed_;
}

}  // namespace clientele::events
