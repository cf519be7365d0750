#include <gtest/gtest.h>

#include "platform/util/clock.hpp"
#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using ProjectsTest = ProjectApiTest;
using nlohmann::json;

constexpr const char* kProjects = "/api/v1/projects";

TEST_F(ProjectsTest, ANewSalesCaseStartsAtTheFirstStatusWithItsProbability) {
  auto p = AddProject(
      customer_, {{"name", " ERP roll-out "}, {"expectedValue", {{"amount", 1250000}, {"currency", "EUR"}}}});
  EXPECT_EQ(p["name"], "ERP roll-out");
  EXPECT_EQ(p["number"], 1);
  EXPECT_EQ(p["state"], "sales");
  EXPECT_EQ(p["salesStatusName"], "Lead");
  EXPECT_EQ(p["salesStatusCategory"], "in_progress");
  EXPECT_EQ(p["probability"], 10);
  EXPECT_EQ(p["ownerId"], admin_id_) << "the creator by default";
  EXPECT_EQ(p["customerName"], "Oy Nokia, Ab");
  EXPECT_EQ(p["expectedValue"]["amount"], 1250000);
  EXPECT_EQ(p["expectedValue"]["currency"], "EUR");
  EXPECT_EQ(p["version"], 1);
  EXPECT_EQ(AddProject(customer_, {{"name", "Second"}})["number"], 2) << "numbers run per organization";
  auto got = admin().Get(ProjectPath(p));
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json()["name"], "ERP roll-out");
  auto history = admin().Get(ProjectPath(p) + "/status-history").json()["items"];
  ASSERT_EQ(history.size(), 1u);
  EXPECT_TRUE(history[0]["fromStatusId"].is_null());
  EXPECT_EQ(history[0]["toStatusName"], "Lead");
  EXPECT_EQ(history[0]["toState"], "sales");
  EXPECT_EQ(history[0]["by"]["id"], admin_id_);
}

TEST_F(ProjectsTest, AProjectCanBeCreatedOpenDirectly) {
  auto p = AddProject(customer_, {{"name", "Support"}, {"state", "open"}});
  EXPECT_EQ(p["state"], "open");
  EXPECT_EQ(p["salesStatusName"], "Won");
  EXPECT_EQ(p["probability"], 100);
  auto r = admin().Post(kProjects, {{"name", "X"},
                                    {"customerId", IdOf(customer_)},
                                    {"state", "open"},
                                    {"salesStatusId", SalesStatus("Lead")}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("state"));
}

TEST_F(ProjectsTest, WinningOpensTheProjectAndLosingClosesIt) {
  auto p = AddProject(customer_, {{"name", "ERP"}, {"expectedOrderDate", "2027-03-01"}});
  auto won = admin().Patch(ProjectPath(p), {{"version", 1}, {"salesStatusId", SalesStatus("Won")}});
  ASSERT_EQ(won.status, 200) << won.body;
  EXPECT_EQ(won.json()["state"], "open");
  EXPECT_EQ(won.json()["probability"], 100);
  EXPECT_EQ(won.json()["expectedOrderDate"], util::TodayIso());
  auto history = admin().Get(ProjectPath(p) + "/status-history").json()["items"];
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["fromStatusName"], "Lead") << "newest first";
  EXPECT_EQ(history[0]["toStatusName"], "Won");
  EXPECT_EQ(history[0]["fromState"], "sales");
  EXPECT_EQ(history[0]["toState"], "open");

  auto q = AddProject(customer_, {{"name", "CRM"}});
  auto given = admin().Patch(ProjectPath(q), {{"version", 1},
                                              {"salesStatusId", SalesStatus("Won")},
                                              {"probability", 90},
                                              {"expectedOrderDate", "2026-11-01"}});
  EXPECT_EQ(given.json()["probability"], 90) << "what the same change gives wins";
  EXPECT_EQ(given.json()["expectedOrderDate"], "2026-11-01");

  auto r = AddProject(customer_, {{"name", "Lost one"}});
  auto lost = admin().Patch(ProjectPath(r), {{"version", 1}, {"salesStatusId", SalesStatus("Lost")}});
  EXPECT_EQ(lost.json()["state"], "closed");
  EXPECT_EQ(lost.json()["closedDate"], util::TodayIso());
  auto reopen = admin().Post(ProjectPath(r) + "/reopen", {{"version", 2}});
  EXPECT_EQ(reopen.status, 409) << "a lost case is taken up by giving it another status";
  auto again = admin().Patch(ProjectPath(r), {{"version", 2}, {"salesStatusId", SalesStatus("Proposal")}});
  EXPECT_EQ(again.json()["state"], "sales");
  EXPECT_EQ(again.json()["probability"], 50);
  EXPECT_TRUE(again.json()["closedDate"].is_null());
}

TEST_F(ProjectsTest, CloseAndReopenAProject) {
  auto p = AddProject(customer_, {{"name", "Support"}, {"state", "open"}});
  auto closed = admin().Post(ProjectPath(p) + "/close", {{"version", 1}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json()["state"], "closed");
  EXPECT_EQ(closed.json()["closedDate"], util::TodayIso());
  EXPECT_EQ(admin().Post(ProjectPath(p) + "/reopen", {{"version", 1}}).status, 409) << "stale";
  EXPECT_EQ(admin().Post(ProjectPath(p) + "/reopen", json::object()).status, 422) << "version missing";
  auto reopened = admin().Post(ProjectPath(p) + "/reopen", {{"version", 2}});
  EXPECT_EQ(reopened.json()["state"], "open");
  EXPECT_TRUE(reopened.json()["closedDate"].is_null());
  auto history = admin().Get(ProjectPath(p) + "/status-history?limit=2").json();
  EXPECT_EQ(history["items"][0]["toState"], "open");
  EXPECT_EQ(history["items"][1]["toState"], "closed");
  ASSERT_TRUE(history["nextCursor"].is_string());
  auto rest = admin().Get(ProjectPath(p) +
                          "/status-history?limit=2&cursor=" + history["nextCursor"].get<std::string>());
  EXPECT_EQ(rest.json()["items"].size(), 1u);
}

TEST_F(ProjectsTest, TheCustomerTabGroupsOpenAndClosedWithTotalsPerCurrency) {
  AddProject(
      customer_,
      {{"name", "A"}, {"expectedValue", {{"amount", 100000}, {"currency", "EUR"}}}, {"probability", 50}});
  AddProject(
      customer_,
      {{"name", "B"}, {"expectedValue", {{"amount", 200001}, {"currency", "EUR"}}}, {"probability", 25}});
  AddProject(customer_, {{"name", "C"}, {"expectedValue", {{"amount", 500000}, {"currency", "NOK"}}}});
  AddProject(customer_,
             {{"name", "Won"}, {"state", "open"}, {"expectedValue", {{"amount", 999}, {"currency", "EUR"}}}});
  auto lost = AddProject(customer_, {{"name", "Lost"}});
  admin().Patch(ProjectPath(lost), {{"version", 1}, {"salesStatusId", SalesStatus("Lost")}});
  auto other = Create({{"name", "Other customer"}});
  AddProject(other, {{"name", "Elsewhere"}, {"expectedValue", {{"amount", 7}, {"currency", "EUR"}}}});

  auto tab = admin().Get(PathOf(customer_) + "/projects");
  ASSERT_EQ(tab.status, 200) << tab.body;
  auto body = tab.json();
  EXPECT_EQ(body["open"]["items"].size(), 4u);
  EXPECT_EQ(body["open"]["items"][0]["name"], "Won") << "newest first";
  EXPECT_EQ(body["closed"]["items"].size(), 1u);
  auto totals = body["totals"];
  ASSERT_EQ(totals.size(), 2u);
  EXPECT_EQ(totals[0]["currency"], "EUR");
  EXPECT_EQ(totals[0]["count"], 2) << "sales cases only";
  EXPECT_EQ(totals[0]["pipeline"], 300001);
  EXPECT_EQ(totals[0]["weighted"], 100000) << "50000 + 50000.25, rounded";
  EXPECT_EQ(totals[1]["currency"], "NOK");
  EXPECT_EQ(totals[1]["pipeline"], 500000);
  EXPECT_EQ(totals[1]["weighted"], 50000);
  auto paged = admin().Get(PathOf(customer_) + "/projects?limit=3").json();
  EXPECT_EQ(paged["open"]["items"].size(), 3u);
  ASSERT_TRUE(paged["open"]["nextCursor"].is_string());
  auto more = admin().Get(std::string(kProjects) + "?customer=" + std::to_string(IdOf(customer_)) +
                          "&state=active&limit=3&cursor=" + paged["open"]["nextCursor"].get<std::string>());
  ASSERT_EQ(more.status, 200) << more.body;
  EXPECT_EQ(more.json()["items"].size(), 1u);
  EXPECT_EQ(more.json()["items"][0]["name"], "A");
}

TEST_F(ProjectsTest, TheListSearchesFiltersAndPages) {
  auto other = Create({{"name", "Equinor ASA"}});
  AddProject(customer_, {{"name", "ERP roll-out"}});
  AddProject(customer_, {{"name", "Intranet"}, {"ownerId", consultant_id_}});
  AddProject(other, {{"name", "Data platform"}, {"state", "open"}});
  auto all = admin().Get(kProjects).json()["items"];
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0]["name"], "Data platform");
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?q=roll").json()["items"].size(), 1u);
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?q=2").json()["items"][0]["name"], "Intranet")
      << "by number";
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?state=open").json()["items"].size(), 1u);
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?state=sales").json()["items"].size(), 2u);
  EXPECT_EQ(
      admin().Get(std::string(kProjects) + "?owner=" + std::to_string(consultant_id_)).json()["items"].size(),
      1u);
  EXPECT_EQ(
      admin().Get(std::string(kProjects) + "?customer=" + std::to_string(IdOf(other))).json()["items"].size(),
      1u);
  auto page = admin().Get(std::string(kProjects) + "?limit=2").json();
  EXPECT_EQ(page["items"].size(), 2u);
  auto rest =
      admin().Get(std::string(kProjects) + "?limit=2&cursor=" + page["nextCursor"].get<std::string>()).json();
  EXPECT_EQ(rest["items"].size(), 1u);
  EXPECT_TRUE(rest["nextCursor"].is_null());
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?state=won").status, 422);
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?cursor=nope").status, 422);
  EXPECT_EQ(admin().Get(std::string(kProjects) + "?colour=red").status, 422);
  EXPECT_EQ(server_.SignedIn("admin@other.test").Get(kProjects).json()["items"].size(), 0u);
}

TEST_F(ProjectsTest, RefusesBadProjects) {
  auto post = [&](json body) {
    if (!body.contains("customerId")) body["customerId"] = IdOf(customer_);
    return admin().Post(kProjects, body);
  };
  EXPECT_TRUE(post({{"customerId", IdOf(customer_)}}).has_field_error("name"));
  EXPECT_TRUE(admin().Post(kProjects, {{"name", "X"}}).has_field_error("customerId"));
  EXPECT_TRUE(post({{"name", "X"}, {"customerId", 999999}}).has_field_error("customerId"));
  auto r = post({{"name", "X"},
                 {"expectedValue", {{"amount", 5}, {"currency", "eur"}}},
                 {"probability", 101},
                 {"startDate", "2026-12-01"},
                 {"deadline", "2026-11-01"},
                 {"expectedOrderDate", "2026-02-30"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("expectedValue.currency"));
  EXPECT_TRUE(r.has_field_error("probability"));
  EXPECT_TRUE(r.has_field_error("deadline"));
  EXPECT_TRUE(r.has_field_error("expectedOrderDate"));
  EXPECT_TRUE(post({{"name", "X"}, {"expectedValue", {{"amount", 1.5}, {"currency", "EUR"}}}})
                  .has_field_error("expectedValue"));
  EXPECT_TRUE(post({{"name", "X"}, {"ownerId", 999999}}).has_field_error("ownerId"));
  EXPECT_TRUE(post({{"name", "X"}, {"memberIds", {999999}}}).has_field_error("memberIds"));
  EXPECT_TRUE(post({{"name", "X"}, {"salesStatusId", 999999}}).has_field_error("salesStatusId"));
  EXPECT_TRUE(post({{"name", "X"}, {"state", "closed"}}).has_field_error("state"));
  EXPECT_EQ(post({{"name", "X"}, {"budget", 5}}).status, 422) << "unknown field";
  EXPECT_EQ(post({{"name", "X"}, {"expectedValue", "5 EUR"}}).status, 400);
  EXPECT_EQ(admin().Send("POST", kProjects, "{nope").status, 400);
  auto p = AddProject(customer_, {{"name", "Fine"}});
  EXPECT_TRUE(admin().Patch(ProjectPath(p), {{"name", "New"}}).has_field_error("version"));
  EXPECT_TRUE(admin().Patch(ProjectPath(p), {{"version", 1}, {"name", nullptr}}).has_field_error("name"));
  auto status = admin().Patch("/api/v1/settings/sales-statuses/" + std::to_string(SalesStatus("Qualified")),
                              {{"version", 1}, {"isActive", false}});
  ASSERT_EQ(status.status, 200);
  EXPECT_TRUE(admin()
                  .Patch(ProjectPath(p), {{"version", 1}, {"salesStatusId", SalesStatus("Qualified")}})
                  .has_field_error("salesStatusId"))
      << "disabled";
}

TEST_F(ProjectsTest, AStaleVersionGets409WithTheCurrentProject) {
  auto p = AddProject(customer_, {{"name", "ERP"}});
  ASSERT_EQ(admin().Patch(ProjectPath(p), {{"version", 1}, {"name", "ERP 2"}}).status, 200);
  auto stale = admin().Patch(ProjectPath(p), {{"version", 1}, {"name", "ERP 3"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "ERP 2");
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
}

TEST_F(ProjectsTest, MembersOwnersAndSalesPeopleMayEditTheirOwn) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto reader = server_.SignedIn("reader@acme.test");
  auto mine = consultant.Post(kProjects, {{"name", "Mine"}, {"customerId", IdOf(customer_)}});
  ASSERT_EQ(mine.status, 201) << mine.body;
  EXPECT_EQ(mine.json()["ownerId"], consultant_id_);
  auto theirs = AddProject(customer_, {{"name", "Theirs"}});
  EXPECT_EQ(consultant.Get(ProjectPath(theirs)).status, 200) << "consultants view all";
  EXPECT_EQ(consultant.Patch(ProjectPath(theirs), {{"version", 1}, {"name", "X"}}).status, 403);
  auto joined =
      admin().Patch(ProjectPath(theirs), {{"version", 1}, {"memberIds", {consultant_id_, admin_id_}}});
  ASSERT_EQ(joined.status, 200) << joined.body;
  EXPECT_EQ(joined.json()["members"].size(), 2u);
  EXPECT_EQ(consultant.Patch(ProjectPath(theirs), {{"version", 2}, {"name", "Ours"}}).status, 200)
      << "a member";
  EXPECT_EQ(consultant.Patch(ProjectPath(theirs), {{"version", 3}, {"memberIds", json::array()}}).status, 403)
      << "may not take themselves out of reach";
  EXPECT_EQ(reader.Get(ProjectPath(theirs)).status, 200);
  EXPECT_EQ(reader.Patch(ProjectPath(theirs), {{"version", 3}, {"name", "X"}}).status, 403);
  EXPECT_EQ(reader.Post(kProjects, {{"name", "X"}, {"customerId", IdOf(customer_)}}).status, 403);
  EXPECT_EQ(reader.Post(ProjectPath(theirs) + "/close", {{"version", 3}}).status, 403);
  EXPECT_EQ(reader.Delete(ProjectPath(theirs)).status, 403);
}

TEST_F(ProjectsTest, AnotherOrganizationsProjectsAreNotFound) {
  auto p = AddProject(customer_, {{"name", "ERP"}});
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(ProjectPath(p)).status, 404);
  EXPECT_EQ(other.Patch(ProjectPath(p), {{"version", 1}, {"name", "X"}}).status, 404);
  EXPECT_EQ(other.Post(ProjectPath(p) + "/close", {{"version", 1}}).status, 404);
  EXPECT_EQ(other.Delete(ProjectPath(p)).status, 404);
  EXPECT_EQ(other.Get(ProjectPath(p) + "/status-history").status, 404);
  EXPECT_EQ(other.Get(PathOf(customer_) + "/projects").status, 404);
  auto r = other.Post(kProjects, {{"name", "X"}, {"customerId", IdOf(customer_)}});
  EXPECT_TRUE(r.has_field_error("customerId"));
  EXPECT_EQ(server_.Client().Get(kProjects).status, 401);
}

TEST_F(ProjectsTest, DeletingNeedsNoTasksAndCustomersWithProjectsStay) {
  auto p = AddProject(customer_, {{"name", "ERP"}});
  auto task = AddTask(p, {{"name", "Kick-off"}});
  EXPECT_EQ(admin().Delete(ProjectPath(p)).status, 409);
  EXPECT_EQ(admin().Delete(PathOf(customer_)).status, 409) << "the customer has a project";
  EXPECT_EQ(admin().Delete(TaskPath(task)).status, 204);
  EXPECT_EQ(admin().Delete(ProjectPath(p)).status, 204);
  EXPECT_EQ(admin().Get(ProjectPath(p)).status, 404);
}

}  // namespace
}  // namespace clientele::testing
