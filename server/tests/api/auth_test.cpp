#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.CreateOrg("Acme Consulting");
    server_.CreateUser("admin@acme.test", "Administrator");
    server_.CreateUser("reader@acme.test", "Read-only");
  }
  TestServer server_;
};

TEST_F(AuthTest, LoginSetsAnHttpOnlySameSiteCookieAndReturnsTheCaller) {
  auto client = server_.Client();
  auto r = client.Login("admin@acme.test", kTestPassword);
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string cookie = r.header("set-cookie");
  EXPECT_NE(cookie.find("clientele_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain http must not set Secure";
  auto body = r.json();
  EXPECT_EQ(body["user"]["email"], "admin@acme.test");
  EXPECT_EQ(body["org"]["name"], "Acme Consulting");
  EXPECT_EQ(body["role"]["name"], "Administrator");
  EXPECT_EQ(body["permissions"]["customers"]["edit"], "all");
  EXPECT_TRUE(body["permissions"]["settings"]["manage"].get<bool>());
  EXPECT_FALSE(body["csrfToken"].get<std::string>().empty());
}

TEST_F(AuthTest, SecureCookieBehindHttps) {
  auto r = server_.Client().Send("POST", "/api/v1/auth/login",
                                 R"({"email": "admin@acme.test", "password": "correct-horse-battery"})",
                                 {{"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.header("set-cookie").find("Secure"), std::string::npos);
}

TEST_F(AuthTest, MeAnswersWithTheSessionAndLogoutEndsIt) {
  auto client = server_.SignedIn("admin@acme.test");
  auto me = client.Get("/api/v1/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["user"]["email"], "admin@acme.test");
  EXPECT_EQ(client.Post("/api/v1/auth/logout", nlohmann::json::object()).status, 204);
  EXPECT_EQ(client.Get("/api/v1/me").status, 401);
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailGetTheSame401) {
  auto wrong = server_.Client().Login("admin@acme.test", "not-the-password");
  auto unknown = server_.Client().Login("nobody@acme.test", kTestPassword);
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json()["error"]["message"], unknown.json()["error"]["message"]);
}

TEST_F(AuthTest, EmailIsCaseInsensitive) {
  EXPECT_EQ(server_.Client().Login("  ADMIN@Acme.test ", kTestPassword).status, 200);
}

TEST_F(AuthTest, LoginValidatesItsBody) {
  auto client = server_.Client();
  EXPECT_EQ(client.Send("POST", "/api/v1/auth/login", std::string("{not json")).status, 400);
  auto missing = client.Post("/api/v1/auth/login", {{"email", "admin@acme.test"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("password"));
  EXPECT_EQ(client.Post("/api/v1/auth/login", {{"email", 5}, {"password", "x"}}).status, 400);
}

TEST_F(AuthTest, FiveFailuresThrottleTheEmailWith429AndRetryAfter) {
  auto client = server_.Client();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(client.Login("admin@acme.test", "wrong-password").status, 401);
  auto throttled = client.Login("admin@acme.test", kTestPassword);
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(throttled.error_code(), "too_many_requests");
  const int retry_after = std::stoi(throttled.header("retry-after"));
  EXPECT_GT(retry_after, 0);
  EXPECT_LE(retry_after, 15 * 60);
  // Another e-mail is not affected.
  EXPECT_EQ(server_.Client().Login("reader@acme.test", kTestPassword).status, 200);
}

TEST_F(AuthTest, UnsafeCookieRequestsNeedTheCsrfToken) {
  auto client = server_.SignedIn("admin@acme.test");
  client.SendCsrf(false);
  auto without = client.Post("/api/v1/customers", {{"name", "Acme Oy"}});
  EXPECT_EQ(without.status, 403);
  EXPECT_EQ(without.error_code(), "forbidden");
  client.SendCsrf(true);
  client.SetCsrf("forged-token");
  EXPECT_EQ(client.Post("/api/v1/customers", {{"name", "Acme Oy"}}).status, 403);
  auto fresh = server_.SignedIn("admin@acme.test");
  EXPECT_EQ(fresh.Post("/api/v1/customers", {{"name", "Acme Oy"}}).status, 201);
  // Safe methods do not need it.
  client.SendCsrf(false);
  EXPECT_EQ(client.Get("/api/v1/customers").status, 200);
}

TEST_F(AuthTest, PersonalTokensWorkWithoutCsrfAndStopWhenRevoked) {
  auto session = server_.SignedIn("admin@acme.test");
  auto created = session.Post("/api/v1/tokens", {{"name", "import script"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string secret = created.json()["token"];
  const auto id = created.json()["id"].get<long long>();

  auto script = server_.Client();
  script.UseToken(secret);
  EXPECT_EQ(script.Get("/api/v1/me").json()["csrfToken"], nullptr);
  EXPECT_EQ(script.Post("/api/v1/customers", {{"name", "Scripted Oy"}}).status, 201);

  auto listed = session.Get("/api/v1/tokens").json()["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["name"], "import script");
  EXPECT_EQ(listed[0].count("token"), 0u) << "the secret is shown only once";

  EXPECT_EQ(session.Delete("/api/v1/tokens/" + std::to_string(id)).status, 204);
  EXPECT_EQ(script.Get("/api/v1/me").status, 401);
  EXPECT_EQ(session.Delete("/api/v1/tokens/" + std::to_string(id)).status, 404);
}

TEST_F(AuthTest, UnknownOrMalformedBearerIs401) {
  auto client = server_.Client();
  client.UseToken("clt_not-a-real-token");
  EXPECT_EQ(client.Get("/api/v1/me").status, 401);
  auto basic = server_.Client().Send("GET", "/api/v1/me", std::nullopt, {{"Authorization", "Basic abc"}});
  EXPECT_EQ(basic.status, 401);
}

TEST_F(AuthTest, ADeactivatedUserCannotSignInAndLosesTheSession) {
  auto reader = server_.SignedIn("reader@acme.test");
  auto admin = server_.SignedIn("admin@acme.test");
  auto users = admin.Get("/api/v1/users?q=reader").json()["items"];
  ASSERT_EQ(users.size(), 1u);
  auto r = admin.Patch("/api/v1/users/" + std::to_string(users[0]["id"].get<long long>()),
                       {{"version", users[0]["version"]}, {"isActive", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(reader.Get("/api/v1/me").status, 401);
  EXPECT_EQ(server_.Client().Login("reader@acme.test", kTestPassword).status, 401);
}

TEST_F(AuthTest, AnotherOrganizationsTokenCannotBeRevoked) {
  server_.CreateOrg("Other Org");
  server_.CreateUser("admin@other.test", "Administrator", "Other Org");
  auto other = server_.SignedIn("admin@other.test");
  auto token = other.Post("/api/v1/tokens", {{"name", "theirs"}}).json();
  auto mine = server_.SignedIn("admin@acme.test");
  EXPECT_EQ(mine.Delete("/api/v1/tokens/" + std::to_string(token["id"].get<long long>())).status, 404);
}

}  // namespace
}  // namespace clientele::testing
