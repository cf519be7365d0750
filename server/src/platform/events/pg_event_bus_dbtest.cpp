#include "platform/events/pg_event_bus.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>

#include <gtest/gtest.h>

#include "support/test_database.hpp"

namespace clientele::events {
namespace {

/// Waits (bounded) until a subscription has an event or closes.
Subscription::Batch Await(Subscription& subscription) {
  std::mutex mu;
  std::condition_variable cv;
  bool woken = false;
  subscription.SetWake([&] {
    std::lock_guard lock(mu);
    woken = true;
    cv.notify_all();
  });
  std::unique_lock lock(mu);
  cv.wait_for(lock, std::chrono::seconds(10), [&] { return woken; });
  lock.unlock();
  subscription.SetWake({});
  return subscription.Take();
}

Event NoteOf(std::int64_t org, std::int64_t id) {
  Event e;
  e.entity = Entity::kNote;
  e.type = ChangeType::kCreated;
  e.org = OrgId(org);
  e.id = id;
  e.customer = CustomerId(3);
  e.audience.account_owner = UserId(4);
  return e;
}

TEST(PgEventBus, AChangePublishedOnOneServerReachesTheListenersOfAnother) {
  if (testing::TestDbKind() != db::DbKind::kPostgres) GTEST_SKIP() << "needs CLIENTELE_TEST_PG";
  testing::TestDatabase database;
  const auto& conninfo = database.db().url().connect_string;
  PgEventBus one(conninfo);
  PgEventBus two(conninfo);
  auto on_one = one.Subscribe(OrgId(1), nullptr);
  auto on_two = two.Subscribe(OrgId(1), nullptr);
  auto other_org = two.Subscribe(OrgId(2), nullptr);

  one.Publish(NoteOf(1, 42));
  for (auto* subscription : {on_one.get(), on_two.get()}) {
    auto batch = Await(*subscription);
    ASSERT_EQ(batch.events.size(), 1u) << "the publishing server hears its own events too";
    EXPECT_EQ(batch.events[0].id, 42);
    EXPECT_EQ(batch.events[0].audience.account_owner, UserId(4)) << "the audience travels along";
    EXPECT_GT(batch.events[0].sequence, 0u);
  }
  two.Publish(NoteOf(2, 43));
  auto batch = Await(*other_org);
  ASSERT_EQ(batch.events.size(), 1u);
  EXPECT_EQ(batch.events[0].id, 43);
  EXPECT_TRUE(on_two->Take().events.empty()) << "organizations stay apart";
}

TEST(PgEventBus, ARevocationOnOneServerEndsTheUsersStreamsOnAnother) {
  if (testing::TestDbKind() != db::DbKind::kPostgres) GTEST_SKIP() << "needs CLIENTELE_TEST_PG";
  testing::TestDatabase database;
  const auto& conninfo = database.db().url().connect_string;
  PgEventBus one(conninfo);
  PgEventBus two(conninfo);
  auto revoked = two.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(7), "hash"});
  auto kept = two.Subscribe(OrgId(1), nullptr, EventBus::kDefaultQueue, {UserId(8), "other"});

  one.Revoke({OrgId(1), UserId(7), ""});
  EXPECT_TRUE(Await(*revoked).closed) << "the other server did not end the revoked user's stream";
  one.Publish(NoteOf(1, 44));
  auto batch = Await(*kept);
  ASSERT_EQ(batch.events.size(), 1u) << "the revocation is not mistaken for an event, nor ends others";
  EXPECT_FALSE(batch.closed);
}

TEST(PgEventBus, RefusesToStartWithoutTheDatabase) {
  EXPECT_THROW(PgEventBus("host=127.0.0.1 port=1 connect_timeout=2"), std::runtime_error);
}

}  // namespace
}  // namespace clientele::events
