#include <gtest/gtest.h>

#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using KeywordsTest = ContactApiTest;
using nlohmann::json;

constexpr const char* kKeywords = "/api/v1/settings/keywords";

std::string KeywordPath(const json& k) {
  return std::string(kKeywords) + "/" + std::to_string(k["id"].get<long long>());
}

TEST_F(KeywordsTest, CreateListRenameAndDisable) {
  auto vip = AddKeyword("  VIP ");
  EXPECT_EQ(vip["name"], "VIP");
  EXPECT_TRUE(vip["isActive"].get<bool>());
  EXPECT_EQ(vip["usageCount"], 0);
  EXPECT_EQ(vip["version"], 1);
  auto xmas = AddKeyword("Christmas card");
  AddContact(customer_, {{"firstName", "Anna"}, {"keywordIds", {vip["id"]}}});
  auto list = admin().Get(kKeywords).json()["items"];
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["name"], "Christmas card") << "by name";
  EXPECT_EQ(list[1]["usageCount"], 1);
  auto renamed = admin().Patch(KeywordPath(vip), {{"version", 1}, {"name", "Very important"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["version"], 2);
  auto contact_list = admin().Get(PathOf(customer_) + "/contacts").json();
  EXPECT_EQ(contact_list["items"][0]["keywords"][0]["name"], "Very important")
      << "contacts show the new name";
  auto disabled = admin().Patch(KeywordPath(xmas), {{"version", 1}, {"isActive", false}});
  EXPECT_FALSE(disabled.json()["isActive"].get<bool>());
  EXPECT_EQ(admin().Get(kKeywords).json()["items"].size(), 1u) << "disabled ones are hidden by default";
  EXPECT_EQ(admin().Get(std::string(kKeywords) + "?includeDisabled=true").json()["items"].size(), 2u);
  auto enabled = admin().Patch(KeywordPath(xmas), {{"version", 2}, {"isActive", true}});
  EXPECT_TRUE(enabled.json()["isActive"].get<bool>());
}

TEST_F(KeywordsTest, AnyoneSignedInMayListButOnlySettingsManagersChange) {
  auto vip = AddKeyword("VIP");
  for (const char* email : {"manager@acme.test", "consultant@acme.test", "reader@acme.test"}) {
    auto user = server_.SignedIn(email);
    EXPECT_EQ(user.Get(kKeywords).json()["items"].size(), 1u) << email;
    EXPECT_EQ(user.Post(kKeywords, {{"name", "Mine"}}).status, 403) << email;
    EXPECT_EQ(user.Patch(KeywordPath(vip), {{"version", 1}, {"name", "X"}}).status, 403) << email;
    EXPECT_EQ(user.Delete(KeywordPath(vip)).status, 403) << email;
  }
  EXPECT_EQ(server_.Client().Get(kKeywords).status, 401);
}

TEST_F(KeywordsTest, NamesAreUniquePerOrganizationIgnoringCase) {
  auto vip = AddKeyword("VIP");
  auto other = AddKeyword("Partner");
  auto dup = admin().Post(kKeywords, {{"name", "vip"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.has_field_error("name"));
  EXPECT_EQ(admin().Patch(KeywordPath(other), {{"version", 1}, {"name", " Vip "}}).status, 409);
  EXPECT_EQ(admin().Patch(KeywordPath(vip), {{"version", 1}, {"name", "Vip"}}).status, 200)
      << "its own name, recased";
  EXPECT_EQ(server_.SignedIn("admin@other.test").Post(kKeywords, {{"name", "VIP"}}).status, 201)
      << "another organization may have the same name";
}

TEST_F(KeywordsTest, DeletingAnUnusedKeywordJustDeletesIt) {
  auto vip = AddKeyword("VIP");
  EXPECT_EQ(admin().Delete(KeywordPath(vip)).status, 204);
  EXPECT_TRUE(admin().Get(std::string(kKeywords) + "?includeDisabled=true").json()["items"].empty());
  EXPECT_EQ(admin().Delete(KeywordPath(vip)).status, 404);
}

TEST_F(KeywordsTest, AUsedKeywordNeedsToBeMovedOrRemoved) {
  auto vip = AddKeyword("VIP");
  auto gold = AddKeyword("Gold");
  auto anna = AddContact(customer_, {{"firstName", "Anna"}, {"keywordIds", {vip["id"], gold["id"]}}});
  auto bo = AddContact(customer_, {{"firstName", "Bo"}, {"keywordIds", {vip["id"]}}});
  auto refused = admin().Delete(KeywordPath(vip));
  EXPECT_EQ(refused.status, 409);
  const std::string message = refused.json()["error"]["message"];
  EXPECT_NE(message.find("used by 2 contacts"), std::string::npos) << message;
  EXPECT_NE(message.find("moveTo"), std::string::npos) << message;
  EXPECT_EQ(admin().Delete(KeywordPath(vip) + "?moveTo=" + std::to_string(IdOf(vip))).status, 422);
  EXPECT_EQ(admin().Delete(KeywordPath(vip) + "?moveTo=999999").status, 422);
  EXPECT_EQ(admin().Delete(KeywordPath(vip) + "?moveTo=abc").status, 422);
  EXPECT_EQ(
      admin()
          .Delete(KeywordPath(vip) + "?moveTo=" + std::to_string(IdOf(gold)) + "&removeFromContacts=true")
          .status,
      422);
  EXPECT_EQ(admin().Delete(KeywordPath(vip) + "?colour=red").status, 422);
  auto disabled = AddKeyword("Old");
  admin().Patch(KeywordPath(disabled), {{"version", 1}, {"isActive", false}});
  EXPECT_EQ(admin().Delete(KeywordPath(vip) + "?moveTo=" + std::to_string(IdOf(disabled))).status, 422);
  ASSERT_EQ(admin().Delete(KeywordPath(vip) + "?moveTo=" + std::to_string(IdOf(gold))).status, 204);
  for (const auto& c : {anna, bo}) {
    auto now = admin().Get(ContactPath(c)).json();
    EXPECT_EQ(now["keywordIds"], json::array({gold["id"]})) << now["name"];
    EXPECT_EQ(now["version"], 2) << "a changed contact gets a new version";
  }
  auto list = admin().Get(kKeywords).json()["items"];
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["usageCount"], 2);
  ASSERT_EQ(admin().Delete(KeywordPath(gold) + "?removeFromContacts=true").status, 204);
  EXPECT_TRUE(admin().Get(ContactPath(anna)).json()["keywords"].empty());
}

TEST_F(KeywordsTest, VersionsBodiesAndForeignIds) {
  auto vip = AddKeyword("VIP");
  ASSERT_EQ(admin().Patch(KeywordPath(vip), {{"version", 1}, {"name", "VIP 2"}}).status, 200);
  auto stale = admin().Patch(KeywordPath(vip), {{"version", 1}, {"name", "VIP 3"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "VIP 2");
  auto missing = admin().Patch(KeywordPath(vip), {{"name", "VIP 3"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("version"));
  EXPECT_TRUE(admin().Patch(KeywordPath(vip), {{"version", 2}, {"name", nullptr}}).has_field_error("name"));
  EXPECT_TRUE(admin().Post(kKeywords, json::object()).has_field_error("name"));
  EXPECT_TRUE(admin().Post(kKeywords, {{"name", "  "}}).has_field_error("name"));
  EXPECT_TRUE(admin().Post(kKeywords, {{"name", std::string(101, 'k')}}).has_field_error("name"));
  EXPECT_EQ(admin().Post(kKeywords, {{"name", 5}}).status, 400);
  EXPECT_EQ(admin().Send("POST", kKeywords, std::string("{\"name\"")).status, 400);
  EXPECT_EQ(admin().Patch(KeywordPath(vip), {{"version", 2}, {"isActive", "no"}}).status, 400);
  auto unknown = admin().Post(kKeywords, {{"name", "X"}, {"colour", "red"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.has_field_error("colour"));
  EXPECT_EQ(admin().Get(std::string(kKeywords) + "?includeDisabled=yes").status, 422);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_TRUE(other.Get(kKeywords).json()["items"].empty());
  EXPECT_EQ(other.Patch(KeywordPath(vip), {{"version", 2}, {"name", "Stolen"}}).status, 404);
  EXPECT_EQ(other.Delete(KeywordPath(vip)).status, 404);
  EXPECT_EQ(admin().Get(kKeywords).json()["items"][0]["name"], "VIP 2");
}

}  // namespace
}  // namespace clientele::testing
