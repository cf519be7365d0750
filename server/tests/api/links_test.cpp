#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class LinksTest : public ProjectApiTest {
 protected:
  json AddLink(const std::string& path, const json& body) {
    auto r = admin().Post(path + "/links", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static std::string LinkPath(const json& link) { return "/api/v1/links/" + std::to_string(IdOf(link)); }
};

TEST_F(LinksTest, CustomerListsItsOwnAndItsProjectsLinks) {
  auto project = AddProject(customer_, "Intranet");
  auto own = AddLink(PathOf(customer_), {{"url", " https://example.com/a "}, {"title", "Spec"}});
  EXPECT_EQ(own["url"], "https://example.com/a");
  EXPECT_TRUE(own["project"].is_null());
  EXPECT_TRUE(own["description"].is_null());
  auto on_project =
      AddLink(ProjectPath(project), {{"url", "http://intra.example.com"}, {"description", "Staging"}});
  EXPECT_EQ(on_project["project"], project);
  auto via_customer =
      AddLink(PathOf(customer_), {{"url", "https://example.org"}, {"projectId", project["id"]}});
  auto customer_list = admin().Get(PathOf(customer_) + "/links").json()["items"];
  ASSERT_EQ(customer_list.size(), 3u);
  EXPECT_EQ(customer_list[0]["id"], via_customer["id"]);
  EXPECT_EQ(customer_list[1]["project"]["name"], "Intranet");
  EXPECT_EQ(admin().Get(ProjectPath(project) + "/links").json()["items"].size(), 2u);
  auto page = admin().Get(PathOf(customer_) + "/links?limit=2").json();
  EXPECT_EQ(page["items"].size(), 2u);
  auto rest =
      admin().Get(PathOf(customer_) + "/links?limit=2&cursor=" + page["nextCursor"].get<std::string>());
  EXPECT_EQ(rest.json()["items"][0]["id"], own["id"]);
  EXPECT_TRUE(rest.json()["nextCursor"].is_null());
}

TEST_F(LinksTest, OnlyHttpAndHttpsUrlsAreAccepted) {
  for (const char* bad :
       {"javascript:alert(1)", "ftp://example.com/x", "example.com", "https://exa mple.com", ""}) {
    auto r = admin().Post(PathOf(customer_) + "/links", {{"url", bad}});
    EXPECT_EQ(r.status, 422) << bad;
    EXPECT_TRUE(r.has_field_error("url")) << bad;
  }
  EXPECT_TRUE(admin().Post(PathOf(customer_) + "/links", {{"title", "No URL"}}).has_field_error("url"));
  auto long_title = admin().Post(PathOf(customer_) + "/links",
                                 {{"url", "https://a.example"}, {"title", std::string(301, 'x')}});
  EXPECT_TRUE(long_title.has_field_error("title"));
  EXPECT_EQ(admin().Post(PathOf(customer_) + "/links", {{"url", 1}}).status, 400);
  EXPECT_TRUE(admin()
                  .Post(PathOf(customer_) + "/links", {{"url", "https://a.example"}, {"href", "x"}})
                  .has_field_error("href"));
}

TEST_F(LinksTest, ChangesNeedTheCurrentVersion) {
  auto link = AddLink(PathOf(customer_), {{"url", "https://example.com"}, {"title", "Old"}});
  auto changed = admin().Patch(LinkPath(link), {{"version", 1}, {"title", "New"}, {"description", "More"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["title"], "New");
  EXPECT_EQ(changed.json()["version"], 2);
  auto stale = admin().Patch(LinkPath(link), {{"version", 1}, {"title", "Lost"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["title"], "New");
  EXPECT_TRUE(admin().Patch(LinkPath(link), {{"title", "x"}}).has_field_error("version"));
  EXPECT_TRUE(
      admin().Patch(LinkPath(link), {{"version", 2}, {"url", "javascript:x"}}).has_field_error("url"));
  auto cleared = admin().Patch(LinkPath(link), {{"version", 2}, {"title", nullptr}});
  EXPECT_TRUE(cleared.json()["title"].is_null());
  EXPECT_EQ(admin().Delete(LinkPath(link)).status, 204);
  EXPECT_EQ(admin().Delete(LinkPath(link)).status, 404);
}

TEST_F(LinksTest, ViewersReadManagersChangeOtherOrganizationsSee404) {
  auto link = AddLink(PathOf(customer_), {{"url", "https://example.com"}});
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/links").status, 200);
  EXPECT_EQ(reader.Post(PathOf(customer_) + "/links", {{"url", "https://example.com"}}).status, 403);
  EXPECT_EQ(reader.Patch(LinkPath(link), {{"version", 1}, {"title", "x"}}).status, 403);
  EXPECT_EQ(reader.Delete(LinkPath(link)).status, 403);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(customer_) + "/links").status, 404);
  EXPECT_EQ(other.Patch(LinkPath(link), {{"version", 1}, {"title", "x"}}).status, 404);
  EXPECT_EQ(other.Delete(LinkPath(link)).status, 404);
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("1 link"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace clientele::testing
