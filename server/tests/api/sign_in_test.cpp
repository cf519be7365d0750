#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

constexpr const char* kLogin = "/api/v1/auth/login";

/// Sign-in refuses other sites' pages (issue 23, item 8a) and, since an e-mail address is unique only within
/// an organization (item 8c), finds the account by the password and, when needed, the organization named.
class SignInTest : public ::testing::Test {
 protected:
  void SetUp() override {
    acme_ = server_.CreateOrg("Acme Consulting").id.value;
    server_.CreateUser("admin@acme.test", "Administrator");
    beta_ = server_.CreateOrg("Beta Group").id.value;
  }
  /// A user of `org` with their own password.
  void AddUser(const std::string& org, const std::string& email, const std::string& password) {
    auto user = server_.services().users.CreateUserInOrganization(
        org, "Consultant", users::NewUser{email, email, RoleId(), password});
    ASSERT_TRUE(user.ok()) << user.error().message;
  }
  HttpResult Login(json body, const std::map<std::string, std::string>& headers = {}) {
    return server_.Client().Send("POST", kLogin, body.dump(), headers);
  }

  TestServer server_;
  long long acme_ = 0;
  long long beta_ = 0;
};

TEST_F(SignInTest, AForeignOriginIsRefusedButScriptsAndTheAppItselfSignIn) {
  const json body = {{"email", "admin@acme.test"}, {"password", kTestPassword}};
  auto foreign = Login(body, {{"Origin", "http://evil.example"}});
  EXPECT_EQ(foreign.status, 403) << foreign.body;
  EXPECT_EQ(foreign.error_code(), "forbidden");
  EXPECT_TRUE(foreign.header("set-cookie").empty());
  EXPECT_EQ(Login(body, {{"Origin", "null"}}).status, 403);
  EXPECT_EQ(Login(body).status, 200) << "a script sends no Origin";
  EXPECT_EQ(Login(body, {{"Origin", server_.base_url()}}).status, 200);
}

TEST_F(SignInTest, BehindAProxyTheOriginIsThePublicUrl) {
  TestServer::Options options;
  options.public_url = "https://crm.example.com/";
  TestServer proxied(options);
  proxied.CreateOrg("Acme Consulting");
  proxied.CreateUser("admin@acme.test", "Administrator");
  const std::string body = json{{"email", "admin@acme.test"}, {"password", kTestPassword}}.dump();
  EXPECT_EQ(proxied.Client().Send("POST", kLogin, body, {{"Origin", "https://crm.example.com"}}).status, 200);
  EXPECT_EQ(proxied.Client().Send("POST", kLogin, body, {{"Origin", "http://crm.example.com"}}).status, 403);
}

TEST_F(SignInTest, OneAddressInTwoOrganizationsSignsIntoTheOneWhosePasswordMatches) {
  AddUser("Acme Consulting", "pat@example.test", "acme-password-1");
  AddUser("Beta Group", "pat@example.test", "beta-password-1");
  auto acme = Login({{"email", "pat@example.test"}, {"password", "acme-password-1"}});
  ASSERT_EQ(acme.status, 200) << acme.body;
  EXPECT_EQ(acme.json()["org"]["name"], "Acme Consulting");
  auto beta = Login({{"email", "Pat@Example.test"}, {"password", "beta-password-1"}});
  ASSERT_EQ(beta.status, 200) << beta.body;
  EXPECT_EQ(beta.json()["org"]["name"], "Beta Group");
}

TEST_F(SignInTest, ThePasswordOfSeveralAccountsAsksForTheOrganization) {
  AddUser("Acme Consulting", "pat@example.test", "same-password-1");
  AddUser("Beta Group", "pat@example.test", "same-password-1");
  auto ambiguous = Login({{"email", "pat@example.test"}, {"password", "same-password-1"}});
  ASSERT_EQ(ambiguous.status, 409) << ambiguous.body;
  EXPECT_TRUE(ambiguous.has_field_error("organization"));
  EXPECT_TRUE(ambiguous.header("set-cookie").empty());
  const auto choices = ambiguous.json()["error"]["current"]["organizations"];
  ASSERT_EQ(choices.size(), 2u) << ambiguous.body;
  EXPECT_EQ(choices[0]["name"], "Acme Consulting");
  EXPECT_EQ(choices[1]["id"], beta_);

  auto by_id =
      Login({{"email", "pat@example.test"}, {"password", "same-password-1"}, {"organization", beta_}});
  ASSERT_EQ(by_id.status, 200) << by_id.body;
  EXPECT_EQ(by_id.json()["org"]["name"], "Beta Group");
  auto by_name = Login(
      {{"email", "pat@example.test"}, {"password", "same-password-1"}, {"organization", "Acme Consulting"}});
  ASSERT_EQ(by_name.status, 200) << by_name.body;
  EXPECT_EQ(by_name.json()["org"]["id"], acme_);
}

TEST_F(SignInTest, AWrongPasswordNamesNoOrganization) {
  AddUser("Acme Consulting", "pat@example.test", "acme-password-1");
  AddUser("Beta Group", "pat@example.test", "beta-password-1");
  auto wrong = Login({{"email", "pat@example.test"}, {"password", "not-the-password"}});
  auto unknown = Login({{"email", "nobody@example.test"}, {"password", "not-the-password"}});
  ASSERT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.body, unknown.body) << "a wrong password must not tell that the address has accounts";
  // The password of the other organization's account does not open this one.
  auto other = Login(
      {{"email", "pat@example.test"}, {"password", "beta-password-1"}, {"organization", "Acme Consulting"}});
  EXPECT_EQ(other.status, 401);
  EXPECT_EQ(other.body, unknown.body);
  auto no_such_org = Login(
      {{"email", "pat@example.test"}, {"password", "beta-password-1"}, {"organization", "No Such Org"}});
  EXPECT_EQ(no_such_org.body, unknown.body);
}

TEST_F(SignInTest, OnlyActiveAccountsCount) {
  AddUser("Acme Consulting", "pat@example.test", "same-password-1");
  AddUser("Beta Group", "pat@example.test", "same-password-1");
  auto admin = server_.SignedIn("admin@acme.test");
  auto pat = admin.Get("/api/v1/users?q=pat").json()["items"][0];
  ASSERT_EQ(admin
                .Patch("/api/v1/users/" + std::to_string(pat["id"].get<long long>()),
                       {{"version", pat["version"]}, {"isActive", false}})
                .status,
            200);
  auto r = Login({{"email", "pat@example.test"}, {"password", "same-password-1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["org"]["name"], "Beta Group");
}

TEST_F(SignInTest, FailuresAreStillThrottledByAddress) {
  AddUser("Acme Consulting", "pat@example.test", "acme-password-1");
  AddUser("Beta Group", "pat@example.test", "beta-password-1");
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(Login({{"email", "pat@example.test"}, {"password", "wrong-password"}}).status, 401);
  auto throttled = Login({{"email", "pat@example.test"}, {"password", "beta-password-1"}});
  EXPECT_EQ(throttled.status, 429);
  EXPECT_FALSE(throttled.header("retry-after").empty());
}

}  // namespace
}  // namespace clientele::testing
