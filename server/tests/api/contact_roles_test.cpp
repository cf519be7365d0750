#include <gtest/gtest.h>

#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using ContactRolesTest = ContactApiTest;
using nlohmann::json;

constexpr const char* kRoles = "/api/v1/settings/contact-roles";

std::string RolePath(const json& r) {
  return std::string(kRoles) + "/" + std::to_string(r["id"].get<long long>());
}

TEST_F(ContactRolesTest, CreateListRenameAndDisableWithUsageCounts) {
  auto buyer = AddRole("Buyer");
  auto boss = AddRole("Decision maker");
  AddContact(customer_, {{"firstName", "Anna"}, {"roleId", buyer["id"]}});
  AddContact(customer_, {{"firstName", "Bo"}, {"roleId", buyer["id"]}});
  auto list = admin().Get(kRoles).json()["items"];
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["name"], "Buyer");
  EXPECT_EQ(list[0]["usageCount"], 2);
  EXPECT_EQ(list[1]["usageCount"], 0);
  auto renamed = admin().Patch(RolePath(buyer), {{"version", 1}, {"name", "Purchaser"}});
  ASSERT_EQ(renamed.status, 200);
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/contacts").json()["items"][0]["roleName"], "Purchaser");
  admin().Patch(RolePath(boss), {{"version", 1}, {"isActive", false}});
  EXPECT_EQ(admin().Get(kRoles).json()["items"].size(), 1u);
  EXPECT_EQ(admin().Get(std::string(kRoles) + "?includeDisabled=true").json()["items"].size(), 2u);
  auto dup = admin().Post(kRoles, {{"name", "PURCHASER"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.has_field_error("name"));
}

TEST_F(ContactRolesTest, AUsedRoleIsMovedOrClearedBeforeItGoes) {
  auto buyer = AddRole("Buyer");
  auto boss = AddRole("Decision maker");
  auto anna = AddContact(customer_, {{"firstName", "Anna"}, {"roleId", buyer["id"]}});
  auto refused = admin().Delete(RolePath(buyer));
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.json()["error"]["message"].get<std::string>().find("used by 1 contact"),
            std::string::npos);
  EXPECT_EQ(admin().Delete(RolePath(buyer) + "?moveTo=999999").status, 422);
  ASSERT_EQ(admin().Delete(RolePath(buyer) + "?moveTo=" + std::to_string(IdOf(boss))).status, 204);
  auto moved = admin().Get(ContactPath(anna)).json();
  EXPECT_EQ(moved["roleId"], boss["id"]);
  EXPECT_EQ(moved["roleName"], "Decision maker");
  EXPECT_EQ(moved["version"], 2);
  ASSERT_EQ(admin().Delete(RolePath(boss) + "?removeFromContacts=true").status, 204);
  auto cleared = admin().Get(ContactPath(anna)).json();
  EXPECT_TRUE(cleared["roleId"].is_null());
  EXPECT_TRUE(cleared["roleName"].is_null());
  auto unused = AddRole("Unused");
  EXPECT_EQ(admin().Delete(RolePath(unused)).status, 204);
  EXPECT_TRUE(admin().Get(std::string(kRoles) + "?includeDisabled=true").json()["items"].empty());
}

TEST_F(ContactRolesTest, PermissionsVersionsAndForeignIds) {
  auto buyer = AddRole("Buyer");
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(kRoles).json()["items"].size(), 1u);
  EXPECT_EQ(reader.Post(kRoles, {{"name", "X"}}).status, 403);
  EXPECT_EQ(reader.Patch(RolePath(buyer), {{"version", 1}, {"name", "X"}}).status, 403);
  EXPECT_EQ(reader.Delete(RolePath(buyer)).status, 403);
  EXPECT_EQ(server_.SignedIn("manager@acme.test").Post(kRoles, {{"name", "X"}}).status, 403);
  ASSERT_EQ(admin().Patch(RolePath(buyer), {{"version", 1}, {"name", "Purchaser"}}).status, 200);
  auto stale = admin().Patch(RolePath(buyer), {{"version", 1}, {"isActive", false}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "Purchaser");
  EXPECT_EQ(admin().Patch(RolePath(buyer), {{"isActive", false}}).status, 422);
  EXPECT_EQ(admin().Send("PATCH", RolePath(buyer), std::string("{")).status, 400);
  EXPECT_EQ(admin().Patch(RolePath(buyer), {{"version", 2}, {"nmae", "typo"}}).status, 422);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Patch(RolePath(buyer), {{"version", 2}, {"name", "Stolen"}}).status, 404);
  EXPECT_EQ(other.Delete(RolePath(buyer)).status, 404);
  EXPECT_TRUE(other.Get(kRoles).json()["items"].empty());
  EXPECT_EQ(admin().Patch("/api/v1/settings/contact-roles/999999", {{"version", 1}}).status, 404);
}

}  // namespace
}  // namespace clientele::testing
