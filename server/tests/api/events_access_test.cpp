#include <gtest/gtest.h>

#include "support/event_stream_reader.hpp"
#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// Live-update streams follow the listener's access (issue 23, item 5): they end at sign-out, deactivation,
/// a role change and after their maximum lifetime, and one user or organization cannot take every slot.
class EventStreamAccessTest : public ::testing::Test {
 protected:
  static TestServer::Options Limits() {
    TestServer::Options options;
    options.max_event_streams_per_user = 2;
    options.max_event_streams_per_org = 3;
    return options;
  }
  explicit EventStreamAccessTest(TestServer::Options options = Limits()) : server_(std::move(options)) {}

  void SetUp() override {
    server_.CreateOrg("Acme Consulting");
    server_.CreateUser("admin@acme.test", "Administrator");
    server_.CreateUser("consultant@acme.test", "Consultant");
    server_.CreateUser("manager@acme.test", "Manager");
  }
  std::unique_ptr<EventStreamReader> Listen(const std::string& cookie) {
    auto reader = std::make_unique<EventStreamReader>(server_.port(),
                                                      std::map<std::string, std::string>{{"Cookie", cookie}});
    EXPECT_EQ(reader->status(), 200);
    EXPECT_TRUE(reader->WaitFor([](const auto& f) { return f.comment == "connected"; }));
    return reader;
  }
  /// The administrator changes the consultant's user record.
  void PatchConsultant(json patch) {
    auto admin = server_.SignedIn("admin@acme.test");
    auto users = admin.Get("/api/v1/users?q=consultant").json()["items"];
    ASSERT_EQ(users.size(), 1u);
    patch["version"] = users[0]["version"];
    auto r = admin.Patch("/api/v1/users/" + std::to_string(users[0]["id"].get<long long>()), patch);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  long long RoleId(const std::string& name) {
    auto roles = server_.SignedIn("admin@acme.test").Get("/api/v1/roles").json()["items"];
    for (const auto& r : roles)
      if (r["name"] == name) return r["id"];
    return 0;
  }

  TestServer server_;
};

TEST_F(EventStreamAccessTest, TheStreamEndsWhenItsSessionSignsOut) {
  auto client = server_.SignedIn("consultant@acme.test");
  auto other_device = server_.SignedIn("consultant@acme.test");
  auto listener = Listen(client.cookie());
  auto other_listener = Listen(other_device.cookie());
  ASSERT_EQ(client.Post("/api/v1/auth/logout", json::object()).status, 204);
  EXPECT_TRUE(listener->WaitForEnd()) << "the stream outlived its session";
  // Another session of the same user keeps its stream: a heartbeat-free check is that it has not ended.
  EXPECT_FALSE(other_listener->WaitForEnd(std::chrono::milliseconds(300)));
}

TEST_F(EventStreamAccessTest, TheStreamEndsWhenTheUserIsDeactivated) {
  auto listener = Listen(server_.SignedIn("consultant@acme.test").cookie());
  PatchConsultant({{"isActive", false}});
  EXPECT_TRUE(listener->WaitForEnd()) << "a deactivated user's stream stayed open";
}

TEST_F(EventStreamAccessTest, TheStreamEndsWhenTheUsersRoleChanges) {
  auto listener = Listen(server_.SignedIn("consultant@acme.test").cookie());
  PatchConsultant({{"roleId", RoleId("Read-only")}});
  EXPECT_TRUE(listener->WaitForEnd()) << "the stream kept the rights of the old role";
}

TEST_F(EventStreamAccessTest, OneUserCannotHoldMoreThanItsShare) {
  const std::string cookie = server_.SignedIn("consultant@acme.test").cookie();
  auto first = Listen(cookie);
  auto second = Listen(cookie);
  EventStreamReader third(server_.port(), {{"Cookie", cookie}});
  EXPECT_EQ(third.status(), 429);
  EXPECT_FALSE(third.header("retry-after").empty());
  EXPECT_EQ(json::parse(third.ReadAll())["error"]["code"], "too_many_requests");
  // Another user of the organization still gets one, up to the organization's cap.
  auto managers = Listen(server_.SignedIn("manager@acme.test").cookie());
  EventStreamReader over_org(server_.port(), {{"Cookie", server_.SignedIn("admin@acme.test").cookie()}});
  EXPECT_EQ(over_org.status(), 429);
  // A stream that ends gives its place back.
  first->Disconnect();
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + EventStreamReader::kWait;
  while (status != 200 && std::chrono::steady_clock::now() < deadline)
    status = EventStreamReader(server_.port(), {{"Cookie", cookie}}).status();
  EXPECT_EQ(status, 200);
}

/// A server whose streams live a quarter of a second, with heartbeats far apart: the stream must end on
/// its own deadline, not at the next heartbeat.
class EventStreamLifetimeTest : public EventStreamAccessTest {
 protected:
  static TestServer::Options ShortLived() {
    TestServer::Options options;
    options.event_stream_lifetime = std::chrono::milliseconds(250);
    options.event_heartbeat = std::chrono::seconds(60);
    return options;
  }
  EventStreamLifetimeTest() : EventStreamAccessTest(ShortLived()) {}
};

TEST_F(EventStreamLifetimeTest, AStreamEndsAtItsMaximumLifetime) {
  const auto start = std::chrono::steady_clock::now();
  auto listener = Listen(server_.SignedIn("consultant@acme.test").cookie());
  EXPECT_TRUE(listener->WaitForEnd()) << "the stream outlived its maximum lifetime";
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(250));
}

}  // namespace
}  // namespace clientele::testing
