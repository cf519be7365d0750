#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class UsersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.CreateOrg("Acme Consulting");
    server_.CreateUser("admin@acme.test", "Administrator");
    server_.CreateUser("consultant@acme.test", "Consultant");
  }
  long long RoleId(ApiClient& client, const std::string& name) {
    const auto roles = client.Get("/api/v1/roles").json()["items"];
    for (const auto& r : roles) {
      if (r["name"] == name) return r["id"];
    }
    return 0;
  }
  TestServer server_;
};

TEST_F(UsersTest, RolesListTheFourBuiltins) {
  auto client = server_.SignedIn("consultant@acme.test");
  auto roles = client.Get("/api/v1/roles").json()["items"];
  ASSERT_EQ(roles.size(), 4u);
  EXPECT_EQ(roles[2]["name"], "Consultant");
  EXPECT_EQ(roles[2]["permissions"]["customers"]["edit"], "own");
}

TEST_F(UsersTest, AnAdministratorCreatesAUserWhoCanSignIn) {
  auto admin = server_.SignedIn("admin@acme.test");
  auto r = admin.Post("/api/v1/users", {{"email", "New.Person@Acme.test"},
                                        {"name", "New Person"},
                                        {"roleId", RoleId(admin, "Manager")},
                                        {"password", "a-long-password"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["email"], "new.person@acme.test");
  EXPECT_EQ(r.json()["roleName"], "Manager");
  EXPECT_EQ(server_.Client().Login("new.person@acme.test", "a-long-password").status, 200);
}

TEST_F(UsersTest, CreatingUsersNeedsTheSettingsRight) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto r = consultant.Post("/api/v1/users", {{"email", "x@acme.test"},
                                             {"name", "X"},
                                             {"roleId", RoleId(consultant, "Administrator")},
                                             {"password", "a-long-password"}});
  EXPECT_EQ(r.status, 403);
}

TEST_F(UsersTest, DuplicateEmailIs409AndBadFieldsAre422) {
  auto admin = server_.SignedIn("admin@acme.test");
  const auto role = RoleId(admin, "Consultant");
  auto dup = admin.Post("/api/v1/users", {{"email", "consultant@acme.test"},
                                          {"name", "Dup"},
                                          {"roleId", role},
                                          {"password", "a-long-password"}});
  EXPECT_EQ(dup.status, 409);
  auto bad = admin.Post("/api/v1/users",
                        {{"email", "nope"}, {"name", ""}, {"roleId", 999999}, {"password", "short"}});
  EXPECT_EQ(bad.status, 422);
  for (const char* field : {"email", "name", "roleId", "password"})
    EXPECT_TRUE(bad.has_field_error(field)) << field;
}

TEST_F(UsersTest, AnAddressIsUniqueOnlyWithinItsOrganization) {
  // Unique across organizations, a 409 told one organization's administrator that the address has an account
  // elsewhere.
  server_.CreateOrg("Beta Group");
  server_.CreateUser("admin@beta.test", "Administrator", "Beta Group");
  auto beta = server_.SignedIn("admin@beta.test");
  const json body = {{"email", "consultant@acme.test"},
                     {"name", "Same Address"},
                     {"roleId", RoleId(beta, "Consultant")},
                     {"password", "a-long-password"}};
  auto created = beta.Post("/api/v1/users", body);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(beta.Post("/api/v1/users", body).status, 409) << "the address is taken in this organization now";
}

TEST_F(UsersTest, ListIsPagedByNameAndFilteredBySearch) {
  for (int i = 0; i < 5; ++i) server_.CreateUser("user" + std::to_string(i) + "@acme.test", "Read-only");
  auto client = server_.SignedIn("consultant@acme.test");
  auto first = client.Get("/api/v1/users?limit=3").json();
  ASSERT_EQ(first["items"].size(), 3u);
  ASSERT_TRUE(first["nextCursor"].is_string());
  auto second = client.Get("/api/v1/users?limit=3&cursor=" + first["nextCursor"].get<std::string>()).json();
  EXPECT_EQ(second["items"].size(), 3u);
  EXPECT_NE(first["items"][2]["id"], second["items"][0]["id"]);
  EXPECT_EQ(client.Get("/api/v1/users?q=user3").json()["items"].size(), 1u);
  EXPECT_EQ(client.Get("/api/v1/users?limit=0").status, 422);
  EXPECT_EQ(client.Get("/api/v1/users?cursor=garbage").status, 422);
}

TEST_F(UsersTest, AdministratorsCannotDeactivateThemselvesAndStaleVersionsConflict) {
  auto admin = server_.SignedIn("admin@acme.test");
  auto me = admin.Get("/api/v1/users?q=admin").json()["items"][0];
  auto self = admin.Patch("/api/v1/users/" + std::to_string(me["id"].get<long long>()),
                          {{"version", me["version"]}, {"isActive", false}});
  EXPECT_EQ(self.status, 422);
  auto other = admin.Get("/api/v1/users?q=consultant").json()["items"][0];
  const std::string path = "/api/v1/users/" + std::to_string(other["id"].get<long long>());
  EXPECT_EQ(admin.Patch(path, {{"version", other["version"]}, {"name", "Renamed"}}).status, 200);
  EXPECT_EQ(admin.Patch(path, {{"version", other["version"]}, {"name", "Again"}}).status, 409);
  EXPECT_EQ(admin.Patch(path, {{"name", "No version"}}).status, 422);
  EXPECT_EQ(admin.Patch("/api/v1/users/999999", {{"version", 1}, {"name", "Ghost"}}).status, 404);
}

}  // namespace
}  // namespace clientele::testing
