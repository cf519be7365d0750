#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using StatusesTest = ProjectApiTest;
using nlohmann::json;

constexpr const char* kSales = "/api/v1/settings/sales-statuses";
constexpr const char* kTasks = "/api/v1/settings/task-statuses";

std::string PathIn(const char* list, const json& s) {
  return std::string(list) + "/" + std::to_string(s["id"].get<long long>());
}

TEST_F(StatusesTest, EveryOrganizationStartsWithTheDefaultStatuses) {
  auto sales = admin().Get(kSales).json()["items"];
  ASSERT_EQ(sales.size(), 6u);
  EXPECT_EQ(sales[0]["name"], "Lead");
  EXPECT_EQ(sales[0]["probability"], 10);
  EXPECT_EQ(sales[0]["category"], "in_progress");
  EXPECT_EQ(sales[3]["name"], "Negotiation");
  EXPECT_EQ(sales[3]["probability"], 75);
  EXPECT_EQ(sales[4]["category"], "won");
  EXPECT_EQ(sales[5]["category"], "lost");
  EXPECT_TRUE(sales[0]["createdBy"].is_null()) << "seeded, not made by a user";
  auto tasks = admin().Get(kTasks).json()["items"];
  ASSERT_EQ(tasks.size(), 4u);
  EXPECT_EQ(tasks[0]["name"], "Not started");
  EXPECT_TRUE(tasks[0]["isDefault"].get<bool>());
  EXPECT_EQ(tasks[3]["name"], "Done");
  EXPECT_TRUE(tasks[3]["isDone"].get<bool>());
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(kSales).json()["items"].size(), 6u) << "the other organization has its own";
  EXPECT_NE(other.Get(kSales).json()["items"][0]["id"], sales[0]["id"]);
}

TEST_F(StatusesTest, CreateChangeDisableAndDeleteASalesStatus) {
  auto r = admin().Post(kSales, {{"name", " Demo "}, {"category", "in_progress"}, {"probability", 40}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto demo = r.json();
  EXPECT_EQ(demo["name"], "Demo");
  EXPECT_EQ(demo["position"], 7) << "last by default";
  EXPECT_EQ(demo["createdBy"]["id"], admin_id_);
  auto changed = admin().Patch(PathIn(kSales, demo), {{"version", 1}, {"probability", 30}, {"position", 2}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["probability"], 30);
  EXPECT_EQ(changed.json()["version"], 2);
  auto stale = admin().Patch(PathIn(kSales, demo), {{"version", 1}, {"probability", 20}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["probability"], 30);
  auto disabled = admin().Patch(PathIn(kSales, demo), {{"version", 2}, {"isActive", false}});
  EXPECT_FALSE(disabled.json()["isActive"].get<bool>());
  EXPECT_EQ(admin().Get(kSales).json()["items"].size(), 6u);
  EXPECT_EQ(admin().Get(std::string(kSales) + "?includeDisabled=true").json()["items"].size(), 7u);
  EXPECT_EQ(admin().Delete(PathIn(kSales, demo)).status, 204);
  EXPECT_EQ(admin().Delete(PathIn(kSales, demo)).status, 404);
}

TEST_F(StatusesTest, RefusesBadSalesStatuses) {
  auto r = admin().Post(kSales, {{"name", ""}, {"category", "maybe"}, {"probability", 101}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("category"));
  EXPECT_TRUE(r.has_field_error("probability"));
  EXPECT_EQ(admin().Post(kSales, {{"category", "won"}}).status, 422) << "name is required";
  EXPECT_EQ(admin().Post(kSales, {{"name", "X"}, {"category", "won"}, {"colour", "red"}}).status, 422);
  EXPECT_EQ(admin().Post(kSales, {{"name", 5}, {"category", "won"}}).status, 400);
  auto dup = admin().Post(kSales, {{"name", "lead"}, {"category", "in_progress"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.has_field_error("name"));
  auto lead = admin().Get(kSales).json()["items"][0];
  EXPECT_EQ(admin().Patch(PathIn(kSales, lead), {{"name", "Leads"}}).status, 422) << "version missing";
}

TEST_F(StatusesTest, AUsedStatusCanBeDisabledButNotDeleted) {
  auto project = AddProject(customer_, {{"name", "ERP"}});
  const long long lead = project["salesStatusId"].get<long long>();
  auto path = std::string(kSales) + "/" + std::to_string(lead);
  auto r = admin().Delete(path);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(admin().Patch(path, {{"version", 1}, {"isActive", false}}).status, 200);
  auto task = AddTask(project, {{"name", "Kick-off"}});
  auto task_status = std::string(kTasks) + "/" + std::to_string(task["statusId"].get<long long>());
  EXPECT_EQ(admin().Delete(task_status).status, 409) << "the default, and in use";
  auto review = std::string(kTasks) + "/" + std::to_string(TaskStatus("In review"));
  EXPECT_EQ(admin().Delete(review).status, 204) << "unused";
}

TEST_F(StatusesTest, OneTaskStatusIsAlwaysTheDefault) {
  auto r = admin().Post(kTasks, {{"name", "Backlog"}, {"isDefault", true}, {"position", 0}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto items = admin().Get(kTasks).json()["items"];
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0]["name"], "Backlog");
  int defaults = 0;
  for (const auto& s : items) defaults += s["isDefault"].get<bool>() ? 1 : 0;
  EXPECT_EQ(defaults, 1);
  auto backlog = r.json();
  EXPECT_EQ(admin().Patch(PathIn(kTasks, backlog), {{"version", 1}, {"isDefault", false}}).status, 422);
  EXPECT_EQ(admin().Patch(PathIn(kTasks, backlog), {{"version", 1}, {"isActive", false}}).status, 422);
  EXPECT_EQ(admin().Delete(PathIn(kTasks, backlog)).status, 409);
  auto done = admin().Patch("/api/v1/settings/task-statuses/" + std::to_string(TaskStatus("Done")),
                            {{"version", 1}, {"name", "Finished"}});
  EXPECT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(admin().Patch(PathIn(kTasks, backlog), {{"version", 1}, {"name", "finished"}}).status, 409);
}

TEST_F(StatusesTest, AnyoneSignedInMayListButOnlySettingsManagersChange) {
  auto lead = admin().Get(kSales).json()["items"][0];
  for (const char* email : {"manager@acme.test", "consultant@acme.test", "reader@acme.test"}) {
    auto user = server_.SignedIn(email);
    EXPECT_EQ(user.Get(kSales).json()["items"].size(), 6u) << email;
    EXPECT_EQ(user.Get(kTasks).json()["items"].size(), 4u) << email;
    EXPECT_EQ(user.Post(kSales, {{"name", "X"}, {"category", "won"}}).status, 403) << email;
    EXPECT_EQ(user.Post(kTasks, {{"name", "X"}}).status, 403) << email;
    EXPECT_EQ(user.Patch(PathIn(kSales, lead), {{"version", 1}, {"name", "X"}}).status, 403) << email;
    EXPECT_EQ(user.Delete(PathIn(kSales, lead)).status, 403) << email;
  }
  EXPECT_EQ(server_.Client().Get(kSales).status, 401);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Patch(PathIn(kSales, lead), {{"version", 1}, {"name", "X"}}).status, 404);
  EXPECT_EQ(other.Delete(PathIn(kSales, lead)).status, 404);
}

}  // namespace
}  // namespace clientele::testing
