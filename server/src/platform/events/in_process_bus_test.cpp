#include "platform/events/in_process_bus.hpp"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace clientele::events {
namespace {

Event Of(std::int64_t org, std::int64_t id) {
  Event e;
  e.org = OrgId(org);
  e.id = id;
  return e;
}

TEST(InProcessEventBus, DeliversToTheOrganizationsListenersInOrderWithIncreasingSequence) {
  InProcessEventBus bus;
  auto mine = bus.Subscribe(OrgId(1), nullptr);
  auto other = bus.Subscribe(OrgId(2), nullptr);
  bus.Publish(Of(1, 10));
  bus.Publish(Of(1, 11));
  auto batch = mine->Take();
  ASSERT_EQ(batch.events.size(), 2u);
  EXPECT_EQ(batch.events[0].id, 10);
  EXPECT_EQ(batch.events[1].id, 11);
  EXPECT_LT(batch.events[0].sequence, batch.events[1].sequence);
  EXPECT_FALSE(batch.closed);
  EXPECT_TRUE(other->Take().events.empty()) << "another organization's listener hears nothing";
  EXPECT_TRUE(mine->Take().events.empty()) << "Take drains the queue";
}

TEST(InProcessEventBus, ARevocationClosesTheHoldersSubscriptionsAndDropsWhatTheyHadQueued) {
  InProcessEventBus bus;
  auto session_a = bus.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(7), "hash-a"});
  auto session_b = bus.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(7), "hash-b"});
  auto token = bus.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(7), ""});
  auto colleague = bus.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(8), "hash-c"});
  auto namesake = bus.Subscribe(OrgId(2), nullptr, EventBus::kDefaultQueue, {UserId(7), "hash-a"});
  bus.Publish(Of(1, 10));

  bus.Revoke({OrgId(1), UserId(7), "hash-a"});  // a sign-out
  auto signed_out = session_a->Take();
  EXPECT_TRUE(signed_out.closed);
  EXPECT_TRUE(signed_out.events.empty()) << "nothing more reaches a revoked listener";
  EXPECT_FALSE(session_b->closed());
  EXPECT_FALSE(token->closed());
  EXPECT_FALSE(namesake->closed()) << "another organization's user 7 is someone else";

  bus.Revoke({OrgId(1), UserId(7), ""});  // a deactivation
  EXPECT_TRUE(session_b->closed());
  EXPECT_TRUE(token->closed());
  EXPECT_FALSE(colleague->closed());
  EXPECT_EQ(bus.size(), 2u);
}

TEST(InProcessEventBus, TheFilterDecidesPerListener) {
  InProcessEventBus bus;
  auto odd = bus.Subscribe(OrgId(1), [](const Event& e) { return e.id % 2 == 1; });
  bus.Publish(Of(1, 2));
  bus.Publish(Of(1, 3));
  auto batch = odd->Take();
  ASSERT_EQ(batch.events.size(), 1u);
  EXPECT_EQ(batch.events[0].id, 3);
}

TEST(InProcessEventBus, WakesTheListenerOncePerBatch) {
  InProcessEventBus bus;
  auto s = bus.Subscribe(OrgId(1), nullptr);
  int wakes = 0;
  s->SetWake([&] { ++wakes; });
  bus.Publish(Of(1, 1));
  bus.Publish(Of(1, 2));
  EXPECT_EQ(wakes, 1);
  s->Take();
  bus.Publish(Of(1, 3));
  EXPECT_EQ(wakes, 2);
}

TEST(InProcessEventBus, ASlowListenerIsClosedInsteadOfBlockingPublishers) {
  InProcessEventBus bus;
  auto slow = bus.Subscribe(OrgId(1), nullptr, 2);
  auto fast = bus.Subscribe(OrgId(1), nullptr, 100);
  bool woken_on_close = false;
  slow->SetWake([&] { woken_on_close = true; });
  for (int i = 0; i < 5; ++i) bus.Publish(Of(1, i));
  EXPECT_TRUE(woken_on_close);
  auto batch = slow->Take();
  EXPECT_TRUE(batch.closed);
  EXPECT_TRUE(batch.events.empty()) << "a partial history would hide that something was lost";
  EXPECT_EQ(fast->Take().events.size(), 5u);
  EXPECT_EQ(bus.size(), 1u) << "the slow one is unsubscribed";
}

TEST(InProcessEventBus, UnsubscribeAndCloseAllEndSubscriptions) {
  InProcessEventBus bus;
  auto a = bus.Subscribe(OrgId(1), nullptr);
  auto b = bus.Subscribe(OrgId(2), nullptr);
  bus.Unsubscribe(a);
  bus.Unsubscribe(a);
  EXPECT_TRUE(a->Take().closed);
  bus.Publish(Of(1, 1));
  EXPECT_TRUE(a->Take().events.empty());
  bus.CloseAll();
  EXPECT_TRUE(b->Take().closed);
  EXPECT_EQ(bus.size(), 0u);
}

TEST(InProcessEventBus, ConcurrentPublishersLoseNothingWithinCapacity) {
  InProcessEventBus bus;
  auto s = bus.Subscribe(OrgId(1), nullptr, 10'000);
  std::vector<std::thread> publishers;
  for (int t = 0; t < 4; ++t)
    publishers.emplace_back([&bus, t] {
      for (int i = 0; i < 1000; ++i) bus.Publish(Of(1, t * 1000 + i));
    });
  for (auto& t : publishers) t.join();
  auto batch = s->Take();
  EXPECT_EQ(batch.events.size(), 4000u);
  for (std::size_t i = 1; i < batch.events.size(); ++i)
    EXPECT_LT(batch.events[i - 1].sequence, batch.events[i].sequence);
}

}  // namespace
}  // namespace clientele::events
