#include <gtest/gtest.h>

#include "support/activity_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ActivityTypesTest : public ActivityApiTest {
 protected:
  static constexpr const char* kPath = "/api/v1/settings/activity-types";
  static std::string TypePath(const json& t) { return std::string(kPath) + "/" + std::to_string(IdOf(t)); }
  json AddType(const std::string& kind, const std::string& name) {
    auto r = admin().Post(kPath, {{"kind", kind}, {"name", name}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
};

TEST_F(ActivityTypesTest, EveryOrganizationStartsWithTheDefaultsTodosFirst) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto r = consultant.Get(kPath);
  ASSERT_EQ(r.status, 200) << r.body;
  std::vector<std::pair<std::string, std::string>> seen;
  const auto body = r.json();
  for (const auto& t : body["items"]) {
    seen.emplace_back(t["kind"], t["name"]);
    EXPECT_EQ(t["active"], true);
    EXPECT_EQ(t["usageCount"], 0);
    EXPECT_EQ(t["version"], 1);
  }
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::string>>{{"todo", "Phone call"},
                                                                    {"todo", "To-do"},
                                                                    {"calendar", "Customer visit"},
                                                                    {"calendar", "Meeting"}}));
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(kPath).json()["items"].size(), 4u) << "each organization its own";
}

TEST_F(ActivityTypesTest, AddsRenamesAndDisablesWithTheSettingsRight) {
  auto lunch = AddType("calendar", "  Lunch  ");
  EXPECT_EQ(lunch["name"], "Lunch");
  EXPECT_EQ(lunch["kind"], "calendar");
  EXPECT_EQ(lunch["active"], true);
  auto renamed =
      admin().Patch(TypePath(lunch), {{"version", 1}, {"name", "Business lunch"}, {"active", false}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name"], "Business lunch");
  EXPECT_EQ(renamed.json()["active"], false);
  EXPECT_EQ(renamed.json()["version"], 2);
  auto stale = admin().Patch(TypePath(lunch), {{"version", 1}, {"name", "Lunch"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "Business lunch");
  EXPECT_TRUE(admin().Patch(TypePath(lunch), {{"name", "x"}}).has_field_error("version"));
  EXPECT_TRUE(admin().Patch(TypePath(lunch), {{"version", 2}, {"kind", "todo"}}).has_field_error("kind"));
  // A disabled type is not given to new activities.
  auto r = admin().Post(PathOf(customer_) + "/activities", {{"typeId", IdOf(lunch)},
                                                            {"name", "x"},
                                                            {"startAt", "2026-12-08T11:00:00Z"},
                                                            {"endAt", "2026-12-08T12:00:00Z"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("typeId"));
}

TEST_F(ActivityTypesTest, RefusesDuplicateNamesPerKindAndBadInput) {
  AddType("todo", "E-mail");
  auto duplicate = admin().Post(kPath, {{"kind", "todo"}, {"name", "e-MAIL"}});
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_TRUE(duplicate.has_field_error("name"));
  EXPECT_EQ(admin().Post(kPath, {{"kind", "calendar"}, {"name", "E-mail"}}).status, 201) << "another kind";
  auto meeting = admin().Get(kPath).json()["items"];
  json call;
  for (const auto& t : meeting)
    if (t["name"] == "Phone call") call = t;
  auto rename = admin().Patch(TypePath(call), {{"version", 1}, {"name", "To-do"}});
  EXPECT_EQ(rename.status, 409);
  EXPECT_TRUE(rename.has_field_error("name"));
  EXPECT_TRUE(admin().Post(kPath, {{"kind", "event"}, {"name", "x"}}).has_field_error("kind"));
  EXPECT_TRUE(admin().Post(kPath, {{"name", "x"}}).has_field_error("kind"));
  EXPECT_TRUE(admin().Post(kPath, {{"kind", "todo"}, {"name", " "}}).has_field_error("name"));
  EXPECT_TRUE(
      admin().Post(kPath, {{"kind", "todo"}, {"name", std::string(101, 'a')}}).has_field_error("name"));
  EXPECT_TRUE(
      admin().Post(kPath, {{"kind", "todo"}, {"name", "x"}, {"colour", 1}}).has_field_error("colour"));
  EXPECT_EQ(admin().Post(kPath, {{"kind", "todo"}, {"name", 5}}).status, 400);
  EXPECT_EQ(admin().Get(std::string(kPath) + "?all=true").status, 422);
}

TEST_F(ActivityTypesTest, ATypeInUseIsDisabledNotDeleted) {
  auto visit = AddType("calendar", "Trade fair");
  auto unused = AddType("todo", "Unused");
  AddActivity(admin(), PathOf(customer_),
              {{"typeId", IdOf(visit)},
               {"name", "Slush"},
               {"startAt", "2026-12-08T08:00:00Z"},
               {"endAt", "2026-12-08T16:00:00Z"}});
  const auto types = admin().Get(kPath).json();
  for (const auto& t : types["items"]) {
    if (t["name"] == "Trade fair") {
      EXPECT_EQ(t["usageCount"], 1);
    }
  }
  auto in_use = admin().Delete(TypePath(visit));
  EXPECT_EQ(in_use.status, 409);
  EXPECT_NE(in_use.body.find("disable it instead"), std::string::npos) << in_use.body;
  EXPECT_EQ(admin().Delete(TypePath(unused)).status, 204);
  EXPECT_EQ(admin().Delete(TypePath(unused)).status, 404);
}

TEST_F(ActivityTypesTest, WritingNeedsTheSettingsRightAndOtherOrganizationsGet404) {
  auto type = AddType("todo", "Letter");
  for (const char* who : {"manager@acme.test", "consultant@acme.test", "reader@acme.test"}) {
    auto client = server_.SignedIn(who);
    EXPECT_EQ(client.Get(kPath).status, 200) << who;
    EXPECT_EQ(client.Post(kPath, {{"kind", "todo"}, {"name", "Mine"}}).status, 403) << who;
    EXPECT_EQ(client.Patch(TypePath(type), {{"version", 1}, {"name", "Mine"}}).status, 403) << who;
    EXPECT_EQ(client.Delete(TypePath(type)).status, 403) << who;
  }
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Patch(TypePath(type), {{"version", 1}, {"name", "Theirs"}}).status, 404);
  EXPECT_EQ(other.Delete(TypePath(type)).status, 404);
  auto theirs = other.Get(kPath).json()["items"][0];
  auto r = admin().Post(PathOf(customer_) + "/activities", {{"typeId", IdOf(theirs)}, {"name", "x"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("typeId"));
  EXPECT_EQ(server_.Client().Get(kPath).status, 401);
}

}  // namespace
}  // namespace clientele::testing
