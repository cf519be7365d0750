// Who may see and change activities: project visibility, roles, CSRF, other organizations.
#include <gtest/gtest.h>

#include "support/activity_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ActivityAccessTest : public ActivityApiTest {};

TEST_F(ActivityAccessTest, ActivitiesOfProjectsTheCallerMayNotSeeStayOffTheCustomerList) {
  ASSERT_TRUE(
      server_.db()
          .Write([](soci::session& sql) {
            sql << "UPDATE roles SET sales_view = 'own', projects_view = 'own' WHERE name = 'Consultant'";
            return Status(Ok());
          })
          .ok());
  auto hidden = AddProject(customer_, "Board work");
  auto open = AddProject(customer_, "Open to all");
  ASSERT_EQ(admin().Patch(ProjectPath(open), {{"version", 1}, {"memberIds", {consultant_id_}}}).status, 200);
  for (int i = 0; i < 3; ++i)
    AddTodo(ProjectPath(hidden), "Hidden " + std::to_string(i),
            "2026-12-0" + std::to_string(i + 1) + "T10:00:00Z");
  auto secret = AddTodo(ProjectPath(hidden), "Hidden late", "2026-12-09T10:00:00Z");
  AddTodo(PathOf(customer_), "Visible own", "2026-12-05T10:00:00Z");
  AddTodo(ProjectPath(open), "Visible project", "2026-12-06T10:00:00Z");
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(Names(consultant.Get(PathOf(customer_) + "/activities").json()),
            (std::vector<std::string>{"Visible own", "Visible project"}));
  // Paged: a page may come back short (even empty) while the cursor says more may follow.
  EXPECT_EQ(AllNames(consultant, PathOf(customer_) + "/activities", 2),
            (std::vector<std::string>{"Visible own", "Visible project"}));
  EXPECT_EQ(consultant.Get(ProjectPath(hidden) + "/activities").status, 403);
  EXPECT_EQ(consultant.Get(ActivityPath(secret)).status, 403);
  EXPECT_EQ(Names(admin().Get(PathOf(customer_) + "/activities").json()).size(), 6u);
}

TEST_F(ActivityAccessTest, ReadOnlyUsersReadButDoNotWrite) {
  auto todo = AddTodo(PathOf(customer_), "Call");
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/activities").status, 200);
  EXPECT_EQ(reader.Get(ActivityPath(todo)).status, 200);
  EXPECT_EQ(
      reader.Post(PathOf(customer_) + "/activities", {{"typeId", TypeId("To-do")}, {"name", "x"}}).status,
      403);
  EXPECT_EQ(reader.Patch(ActivityPath(todo), {{"version", 1}, {"isDone", true}}).status, 403);
  EXPECT_EQ(reader.Delete(ActivityPath(todo)).status, 403);
  // A consultant edits only their own customers' activities.
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Patch(ActivityPath(todo), {{"version", 1}, {"name", "y"}}).status, 403);
  auto own = Create({{"name", "Consultant's Oy"}, {"accountOwnerId", consultant_id_}});
  AddActivity(consultant, PathOf(own), {{"typeId", TypeId("To-do")}, {"name", "Mine"}});
  auto no_csrf = server_.SignedIn("admin@acme.test");
  no_csrf.SendCsrf(false);
  EXPECT_EQ(no_csrf.Delete(ActivityPath(todo)).status, 403);
  EXPECT_EQ(server_.Client().Get(PathOf(customer_) + "/activities").status, 401);
}

TEST_F(ActivityAccessTest, AnotherOrganizationGets404OnEveryRoute) {
  auto project = AddProject(customer_, "Ours");
  auto todo = AddTodo(PathOf(customer_), "Ours");
  auto other = server_.SignedIn("admin@other.test");
  const json body = {{"typeId", TypeId("To-do")}, {"name", "x"}};
  EXPECT_EQ(other.Get(PathOf(customer_) + "/activities").status, 404);
  EXPECT_EQ(other.Post(PathOf(customer_) + "/activities", body).status, 404);
  EXPECT_EQ(other.Get(ProjectPath(project) + "/activities").status, 404);
  EXPECT_EQ(other.Post(ProjectPath(project) + "/activities", body).status, 404);
  EXPECT_EQ(other.Get(ActivityPath(todo)).status, 404);
  EXPECT_EQ(other.Patch(ActivityPath(todo), {{"version", 1}, {"name", "x"}}).status, 404);
  EXPECT_EQ(other.Delete(ActivityPath(todo)).status, 404);
  EXPECT_EQ(admin().Get("/api/v1/activities/999999").status, 404);
  EXPECT_EQ(admin().Get("/api/v1/customers/999999/activities").status, 404);
}

}  // namespace
}  // namespace clientele::testing
