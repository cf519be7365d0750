#include "app/event_routes.hpp"

#include <atomic>

#include "app/event_stream_limits.hpp"
#include "platform/http/respond.hpp"

namespace clientele::app {

namespace {

/// How long a refused client should wait: about as long as a browser tab takes to be closed or to reconnect.
constexpr int kRetryAfterSeconds = 30;

/// What every stream of one server shares: the bus, the policy, the per-user and per-organization counts
/// and the deadline thread. Held by the route and by each open stream, so that it outlives them all.
struct StreamRoom {
  StreamRoom(events::EventBus& bus, const EventStreamPolicy& policy)
      : bus(bus), policy(policy), quota(policy.max_per_user, policy.max_per_org) {}
  events::EventBus& bus;
  const EventStreamPolicy policy;
  StreamQuota quota;
  StreamDeadlines deadlines;
};

/// One listener's subscription as the body of its event-stream response.
class SubscriptionStream final : public http::EventStreamBody {
 public:
  SubscriptionStream(std::shared_ptr<StreamRoom> room, std::shared_ptr<events::Subscription> subscription,
                     std::unique_ptr<StreamQuota::Ticket> ticket)
      : room_(std::move(room)),
        subscription_(std::move(subscription)),
        ticket_(std::move(ticket)),
        deadline_(StreamDeadlines::Clock::now() + room_->policy.lifetime),
        deadline_key_(room_->deadlines.Add(deadline_, subscription_)) {}
  ~SubscriptionStream() override { Close(); }

  void Start(std::function<void()> wake) override { subscription_->SetWake(std::move(wake)); }

  std::optional<std::string> Next() override {
    // The first chunk reaches the client at once, so it knows it is subscribed, and sets how soon the
    // browser reconnects after the stream ends (at its lifetime, or when the listener's access changed).
    std::string out = std::exchange(greeting_, std::string());
    auto batch = subscription_->Take();
    for (const auto& event : batch.events) out += events::SseFrame(event);
    if (out.empty() && batch.closed) return std::nullopt;
    return out;
  }

  void Close() override {
    if (closed_.exchange(true)) return;
    // No wake-ups after this: the server's strand may be gone soon.
    subscription_->SetWake({});
    room_->bus.Unsubscribe(subscription_);
    room_->deadlines.Remove(deadline_, deadline_key_);
    ticket_.reset();  // the place is free for the user's next stream
  }

 private:
  std::shared_ptr<StreamRoom> room_;
  std::shared_ptr<events::Subscription> subscription_;
  std::unique_ptr<StreamQuota::Ticket> ticket_;
  const StreamDeadlines::Clock::time_point deadline_;
  const std::uint64_t deadline_key_;
  std::string greeting_ = ": connected\nretry: 3000\n\n";
  std::atomic<bool> closed_{false};
};

http::Response Subscribe(const std::shared_ptr<StreamRoom>& room, const auth::Principal& caller) {
  auto ticket = room->quota.Take(caller.org, caller.user);
  if (!ticket) {
    Error error{
        ErrorCode::kTooManyRequests,
        "Too many open live-update streams for this user or organization; close a tab or try again later"};
    error.retry_after_seconds = kRetryAfterSeconds;
    return http::ErrorResponse(error);
  }
  // The listener's rights as of connecting; the filter decides on each event without a query. A sign-out,
  // deactivation or role change revokes the subscription through its holder (events::Revocation).
  events::Holder holder{caller.user, caller.method == auth::AuthMethod::kSession ? caller.session_hash : ""};
  auto subscription = room->bus.Subscribe(
      caller.org,
      [listener = caller](const events::Event& event) { return events::MayReceive(listener, event); },
      events::EventBus::kDefaultQueue, std::move(holder));
  return http::Response::EventStream(
      std::make_shared<SubscriptionStream>(room, std::move(subscription), std::move(ticket)));
}

}  // namespace

void AddEventRoutes(http::Router& router, events::EventBus& bus, const EventStreamPolicy& policy) {
  auto room = std::make_shared<StreamRoom>(bus, policy);
  router.Add(http::Method::kGet, "/api/v1/events", http::Access::kSignedIn,
             {"Live updates: a Server-Sent Events stream of the organization's changes the caller may see",
              "events",
              {429, 503}},
             [room](http::RequestContext& ctx) { return Subscribe(room, ctx.caller()); });
}

}  // namespace clientele::app
