#include "app/event_routes.hpp"

#include <atomic>

namespace clientele::app {

namespace {

/// One listener's subscription as the body of its event-stream response.
class SubscriptionStream final : public http::EventStreamBody {
 public:
  SubscriptionStream(events::EventBus& bus, std::shared_ptr<events::Subscription> subscription)
      : bus_(bus), subscription_(std::move(subscription)) {}
  ~SubscriptionStream() override { Close(); }

  void Start(std::function<void()> wake) override { subscription_->SetWake(std::move(wake)); }

  std::optional<std::string> Next() override {
    // The first chunk reaches the client at once, so it knows it is subscribed, and sets how soon the
    // browser reconnects after the stream ends.
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
    bus_.Unsubscribe(subscription_);
  }

 private:
  events::EventBus& bus_;
  std::shared_ptr<events::Subscription> subscription_;
  std::string greeting_ = ": connected\nretry: 3000\n\n";
  std::atomic<bool> closed_{false};
};

}  // namespace

void AddEventRoutes(http::Router& router, events::EventBus& bus) {
  router.Add(http::Method::kGet, "/api/v1/events", http::Access::kSignedIn,
             {"Live updates: a Server-Sent Events stream of the organization's changes the caller may see",
              "events",
              {503}},
             [&bus](http::RequestContext& ctx) {
               // The listener's rights as of connecting; the filter decides on each event without a query.
               auth::Principal listener = ctx.caller();
               const OrgId org = listener.org;
               auto subscription =
                   bus.Subscribe(org, [listener = std::move(listener)](const events::Event& event) {
                     return events::MayReceive(listener, event);
                   });
               return http::Response::EventStream(
                   std::make_shared<SubscriptionStream>(bus, std::move(subscription)));
             });
}

}  // namespace clientele::app
