#pragma once

#include <optional>
#include <utility>

#include "platform/events/event_bus.hpp"

namespace clientele::events {

/// The event of one write transaction, published only once that transaction committed: listeners must
/// never learn about a change that was rolled back, nor reload before the change is visible to them.
///
///   events::AfterCommit after(publisher_);
///   return after.Publish(db_.Write([&](soci::session& sql) -> Result<Note> { …; after.Set(event); … }));
class AfterCommit {
 public:
  /// `publisher` may be null (a service built without the app's wiring): then nothing is published.
  explicit AfterCommit(Publisher* publisher) : publisher_(publisher) {}

  void Set(Event event) { event_ = std::move(event); }

  /// Passes `result` on; publishes the event first when `result` is ok (db::Database::Write committed).
  template <class R>
  R Publish(R result) {
    if (result.ok() && event_ && publisher_) publisher_->Publish(std::move(*event_));
    return result;
  }

 private:
  Publisher* publisher_;
  std::optional<Event> event_;
};

}  // namespace clientele::events
