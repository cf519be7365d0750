#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// Deactivating a user revokes their credentials for good (issue 23, item 6): reactivation gives back the
/// account, not the old sessions, tokens or calendar feed.
class DeactivationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.CreateOrg("Acme Consulting");
    server_.CreateUser("admin@acme.test", "Administrator");
    server_.CreateUser("consultant@acme.test", "Consultant");
  }
  void SetActive(bool active) {
    auto admin = server_.SignedIn("admin@acme.test");
    auto users = admin.Get("/api/v1/users?active=" + std::string(active ? "false" : "true") + "&q=consultant")
                     .json()["items"];
    ASSERT_EQ(users.size(), 1u);
    auto r = admin.Patch("/api/v1/users/" + std::to_string(users[0]["id"].get<long long>()),
                         {{"version", users[0]["version"]}, {"isActive", active}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  TestServer server_;
};

TEST_F(DeactivationTest, ReactivationDoesNotReviveOldSessionsTokensOrFeeds) {
  auto session = server_.SignedIn("consultant@acme.test");
  auto token = session.Post("/api/v1/tokens", {{"name", "script"}});
  ASSERT_EQ(token.status, 201) << token.body;
  auto bearer = server_.Client();
  bearer.UseToken(token.json()["token"]);
  auto feed = session.Post("/api/v1/me/calendar-feed", json::object());
  ASSERT_EQ(feed.status, 201) << feed.body;
  const std::string feed_url = feed.json()["url"];
  const std::string feed_path = feed_url.substr(feed_url.find("/calendar/"));
  ASSERT_EQ(session.Get("/api/v1/me").status, 200);
  ASSERT_EQ(bearer.Get("/api/v1/me").status, 200);
  ASSERT_EQ(server_.Client().Get(feed_path).status, 200);

  SetActive(false);
  SetActive(true);

  EXPECT_EQ(session.Get("/api/v1/me").status, 401) << "the old session cookie came back";
  EXPECT_EQ(bearer.Get("/api/v1/me").status, 401) << "the old API token came back";
  EXPECT_EQ(server_.Client().Get(feed_path).status, 404) << "the old calendar feed came back";
  // The account itself is back: the user signs in anew and the feed says it has none.
  auto again = server_.SignedIn("consultant@acme.test");
  EXPECT_FALSE(again.Get("/api/v1/me/calendar-feed").json()["active"].get<bool>());
  EXPECT_TRUE(again.Get("/api/v1/tokens").json()["items"].empty()) << "the old token is still listed";
}

}  // namespace
}  // namespace clientele::testing
