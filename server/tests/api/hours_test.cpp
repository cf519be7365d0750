#include <gtest/gtest.h>

#include "support/hours_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class HoursTest : public HoursApiTest {
 protected:
  void SetCost(long long user, long long amount) {
    auto current = admin().Get("/api/v1/users?active=all&limit=200").json()["items"];
    for (const auto& u : current) {
      if (u["id"] != user) continue;
      auto r = admin().Patch(
          "/api/v1/users/" + std::to_string(user),
          {{"version", u["version"]}, {"hourlyCost", {{"amount", amount}, {"currency", "EUR"}}}});
      ASSERT_EQ(r.status, 200) << r.body;
    }
  }
};

TEST_F(HoursTest, AnEntryIsPricedFromTheWorkTypeAndCostedFromTheUserWhenEntered) {
  PriceWorkType("Consulting", 12000);
  SetCost(consultant_id_, 4500);
  auto h = Recorded(consultant(), "2026-12-01", 90, {{"description", "Workshop"}});
  EXPECT_EQ(h["userId"], consultant_id_);
  EXPECT_EQ(h["projectId"], IdOf(project_));
  EXPECT_EQ(h["customerId"], IdOf(customer_));
  EXPECT_EQ(h["minutes"], 90);
  EXPECT_EQ(h["billable"], true);
  EXPECT_EQ(h["unitPrice"], (json{{"amount", 12000}, {"currency", "EUR"}}));
  EXPECT_TRUE(h["unitCost"].is_null()) << "a consultant does not see costs";
  EXPECT_TRUE(h["invoiceId"].is_null());
  EXPECT_EQ(h["version"], 1);
  auto seen = admin().Get(HourPath(h)).json();
  EXPECT_EQ(seen["unitCost"], (json{{"amount", 4500}, {"currency", "EUR"}}));
  // Later price changes never rewrite history.
  PriceWorkType("Consulting", 13000);
  EXPECT_EQ(admin().Get(HourPath(h)).json()["unitPrice"]["amount"], 12000);
}

TEST_F(HoursTest, AProjectPriceWinsAndAZeroPriceIsNotBillable) {
  PriceWorkType("Consulting", 12000);
  auto put = admin().Send("PUT", ProjectPath(project_) + "/prices",
                          json{{"version", 0},
                               {"prices",
                                {{{"workTypeId", WorkTypeId("Consulting")},
                                  {"hourlyPrice", {{"amount", 15000}, {"currency", "EUR"}}}}}}}
                              .dump());
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(Recorded(consultant(), "2026-12-01", 60)["unitPrice"]["amount"], 15000);
  auto travel = Recorded(consultant(), "2026-12-01", 60, {{"workTypeId", WorkTypeId("Travel time")}});
  EXPECT_EQ(travel["billable"], false) << "the work type's default";
  auto design =
      Recorded(consultant(), "2026-12-01", 60, {{"workTypeId", WorkTypeId("Design")}, {"billable", true}});
  EXPECT_EQ(design["billable"], false) << "zero price";
  EXPECT_EQ(design["unitPrice"]["amount"], 0);
}

TEST_F(HoursTest, AProjectInAnotherCurrencyNeedsItsOwnPrice) {
  PriceWorkType("Consulting", 12000);
  auto sek = AddProject(
      customer_,
      json{{"name", "Stockholm"}, {"state", "open"}, {"currency", "SEK"}, {"memberIds", {consultant_id_}}});
  auto r = Record(consultant(), "2026-12-01", 60, {{"projectId", IdOf(sek)}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("workTypeId"));
  EXPECT_EQ(Record(consultant(), "2026-12-01", 60,
                   {{"projectId", IdOf(sek)}, {"workTypeId", WorkTypeId("Internal")}})
                .status,
            201)
      << "a zero price is zero in any currency";
  auto put = admin().Send("PUT", ProjectPath(sek) + "/prices",
                          json{{"version", 0},
                               {"prices",
                                {{{"workTypeId", WorkTypeId("Consulting")},
                                  {"hourlyPrice", {{"amount", 140000}, {"currency", "SEK"}}}}}}}
                              .dump());
  ASSERT_EQ(put.status, 200) << put.body;
  auto h = Recorded(consultant(), "2026-12-01", 60, {{"projectId", IdOf(sek)}});
  EXPECT_EQ(h["unitPrice"], (json{{"amount", 140000}, {"currency", "SEK"}}));
  SetCost(consultant_id_, 4500);
  auto costed = Record(consultant(), "2026-12-02", 60, {{"projectId", IdOf(sek)}});
  EXPECT_EQ(costed.status, 422) << "a cost in EUR has no SEK value without a stored rate";
  EXPECT_TRUE(costed.has_field_error("userId"));
}

TEST_F(HoursTest, MinutesArePositiveAndADayHoldsAtMostTwentyFourHours) {
  EXPECT_TRUE(Record(consultant(), "2026-12-01", 0).has_field_error("minutes"));
  EXPECT_TRUE(Record(consultant(), "2026-12-01", -30).has_field_error("minutes"));
  EXPECT_TRUE(Record(consultant(), "2026-12-01", 1441).has_field_error("minutes"));
  Recorded(consultant(), "2026-12-01", 1000);
  auto over = Record(consultant(), "2026-12-01", 441, {{"workTypeId", WorkTypeId("Design")}});
  EXPECT_EQ(over.status, 422);
  EXPECT_TRUE(over.has_field_error("minutes"));
  EXPECT_EQ(Record(consultant(), "2026-12-01", 440).status, 201) << "exactly 24 hours";
  EXPECT_EQ(Record(admin(), "2026-12-01", 600).status, 201) << "another user's day";
  EXPECT_TRUE(Record(consultant(), "2026-02-30", 60).has_field_error("date"));
  auto missing = consultant().Post(kHours, json::object());
  for (const char* field : {"projectId", "workTypeId", "date", "minutes"})
    EXPECT_TRUE(missing.has_field_error(field));
  EXPECT_EQ(Record(consultant(), "2026-12-01", 60, {{"minutes2", 1}}).status, 422);
}

TEST_F(HoursTest, OwnHoursOnOwnProjectsAnyonesWithFinancialsEdit) {
  auto not_member = Record(consultant(), "2026-12-01", 60, {{"projectId", IdOf(foreign_)}});
  EXPECT_EQ(not_member.status, 403);
  EXPECT_EQ(Record(consultant(), "2026-12-01", 60, {{"userId", admin_id_}}).status, 403);
  auto manager = server_.SignedIn("manager@acme.test");
  auto h = Recorded(manager, "2026-12-01", 60, {{"userId", consultant_id_}, {"projectId", IdOf(foreign_)}});
  EXPECT_EQ(h["userId"], consultant_id_);
  EXPECT_EQ(h["createdBy"]["name"], "manager@acme.test");
  EXPECT_TRUE(Record(manager, "2026-12-01", 60, {{"userId", 999999}}).has_field_error("userId"));
  EXPECT_TRUE(Record(admin(), "2026-12-01", 60, {{"projectId", 999999}}).has_field_error("projectId"));
  EXPECT_TRUE(Record(admin(), "2026-12-01", 60, {{"workTypeId", 999999}}).has_field_error("workTypeId"));
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_TRUE(Record(other, "2026-12-01", 60).has_field_error("projectId"))
      << "another organization's project";
  EXPECT_EQ(consultant().Patch(HourPath(h), {{"version", 1}, {"minutes", 30}}).status, 403)
      << "the consultant is not on that project";
}

TEST_F(HoursTest, AClosedProjectTakesHoursOnlyFromFinancialsEditors) {
  auto h = Recorded(consultant(), "2026-12-01", 60);
  auto p = admin().Get(ProjectPath(project_)).json();
  ASSERT_EQ(admin().Post(ProjectPath(project_) + "/close", {{"version", p["version"]}}).status, 200);
  auto closed = Record(consultant(), "2026-12-02", 60);
  EXPECT_EQ(closed.status, 409);
  EXPECT_NE(closed.json()["error"]["message"].get<std::string>().find("closed"), std::string::npos);
  EXPECT_EQ(consultant().Patch(HourPath(h), {{"version", 1}, {"minutes", 30}}).status, 409);
  EXPECT_EQ(consultant().Delete(HourPath(h)).status, 409);
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(Record(manager, "2026-12-02", 60, {{"userId", consultant_id_}}).status, 201);
  EXPECT_EQ(manager.Patch(HourPath(h), {{"version", 1}, {"minutes", 30}}).status, 200);
}

TEST_F(HoursTest, ChangesCarryTheVersionAndAnInvoicedEntryIsLocked) {
  PriceWorkType("Consulting", 12000);
  auto h = Recorded(consultant(), "2026-12-01", 60);
  EXPECT_TRUE(consultant().Patch(HourPath(h), {{"minutes", 30}}).has_field_error("version"));
  auto r = consultant().Patch(HourPath(h), {{"version", 1},
                                            {"minutes", 45},
                                            {"description", "Review"},
                                            {"workTypeId", WorkTypeId("Travel time")}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["minutes"], 45);
  EXPECT_EQ(r.json()["description"], "Review");
  EXPECT_EQ(r.json()["billable"], false) << "the new work type's default";
  EXPECT_EQ(r.json()["unitPrice"]["amount"], 0) << "priced again for the new work type";
  EXPECT_EQ(r.json()["version"], 2);
  auto stale = consultant().Patch(HourPath(h), {{"version", 1}, {"minutes", 50}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["minutes"], 45);
  EXPECT_TRUE(
      consultant().Patch(HourPath(h), {{"version", 2}, {"minutes", nullptr}}).has_field_error("minutes"));
  EXPECT_TRUE(consultant().Patch(HourPath(h), {{"version", 2}, {"minutes", 0}}).has_field_error("minutes"));
  (void)server_.db().Write([&](soci::session& sql) {
    long long id = IdOf(h);
    sql << "UPDATE hour_entries SET invoice_id = 77 WHERE id = :id", soci::use(id, "id");
    return Status(Ok());
  });
  EXPECT_EQ(admin().Get(HourPath(h)).json()["invoiceId"], 77);
  EXPECT_EQ(admin().Patch(HourPath(h), {{"version", 2}, {"minutes", 50}}).status, 409);
  EXPECT_EQ(admin().Delete(HourPath(h)).status, 409);
}

TEST_F(HoursTest, DeletesAndHidesOtherOrganizationsEntries) {
  auto h = Recorded(consultant(), "2026-12-01", 60);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(HourPath(h)).status, 404);
  EXPECT_EQ(other.Patch(HourPath(h), {{"version", 1}, {"minutes", 5}}).status, 404);
  EXPECT_EQ(other.Delete(HourPath(h)).status, 404);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(HourPath(h)).status, 403) << "no financials view";
  EXPECT_EQ(consultant().Delete(HourPath(h)).status, 204);
  EXPECT_EQ(consultant().Get(HourPath(h)).status, 404);
}

TEST_F(HoursTest, ListsNewestFirstWithFiltersAndCursor) {
  PriceWorkType("Consulting", 12000);  // an unpriced hour is not billable
  Recorded(consultant(), "2026-12-01", 60);
  Recorded(consultant(), "2026-12-03", 30, {{"workTypeId", WorkTypeId("Travel time")}});
  Recorded(consultant(), "2026-12-02", 45);
  Recorded(admin(), "2026-12-02", 120, {{"projectId", IdOf(foreign_)}});
  auto page = admin().Get(std::string(kHours) + "?user=" + std::to_string(consultant_id_) + "&limit=2");
  ASSERT_EQ(page.status, 200) << page.body;
  ASSERT_EQ(page.json()["items"].size(), 2u);
  EXPECT_EQ(page.json()["items"][0]["date"], "2026-12-03");
  EXPECT_EQ(page.json()["items"][1]["date"], "2026-12-02");
  const std::string cursor = page.json()["nextCursor"];
  auto next = admin().Get(std::string(kHours) + "?user=" + std::to_string(consultant_id_) +
                          "&limit=2&cursor=" + cursor);
  ASSERT_EQ(next.json()["items"].size(), 1u);
  EXPECT_EQ(next.json()["items"][0]["date"], "2026-12-01");
  EXPECT_FALSE(next.json().contains("nextCursor") && !next.json()["nextCursor"].is_null());
  auto q = [&](const std::string& query) {
    return admin().Get(std::string(kHours) + "?" + query).json()["items"].size();
  };
  EXPECT_EQ(q("project=" + std::to_string(IdOf(foreign_))), 1u);
  EXPECT_EQ(q("customer=" + std::to_string(IdOf(customer_))), 4u);
  EXPECT_EQ(q("from=2026-12-02&to=2026-12-02"), 2u);
  EXPECT_EQ(q("billable=false"), 1u);
  EXPECT_EQ(q("invoiced=true"), 0u);
  EXPECT_EQ(admin().Get(std::string(kHours) + "?from=2026-13-01").status, 422);
  EXPECT_EQ(admin().Get(std::string(kHours) + "?cursor=nonsense").status, 422);
  EXPECT_EQ(admin().Get(std::string(kHours) + "?billable=maybe").status, 422);
  EXPECT_EQ(admin().Get(std::string(kHours) + "?sort=date").status, 422);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(kHours).json()["items"].size(), 0u) << "only their own";
  EXPECT_EQ(reader.Get(std::string(kHours) + "?user=" + std::to_string(consultant_id_)).status, 403);
  EXPECT_EQ(server_.SignedIn("admin@other.test").Get(kHours).json()["items"].size(), 0u);
}

TEST_F(HoursTest, TheTimesheetShowsTheCallersWeekByRowAndDay) {
  auto a = Recorded(consultant(), "2026-11-30", 60);
  Recorded(consultant(), "2026-11-30", 30);
  Recorded(consultant(), "2026-12-01", 90, {{"workTypeId", WorkTypeId("Design")}});
  Recorded(consultant(), "2026-12-07", 60);  // the next week
  Recorded(admin(), "2026-12-01", 60);       // someone else's
  auto r = consultant().Get("/api/v1/me/timesheet?week=2026-W49");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto t = r.json();
  EXPECT_EQ(t["week"], "2026-W49");
  EXPECT_EQ(t["days"][0], "2026-11-30");
  EXPECT_EQ(t["days"][6], "2026-12-06");
  ASSERT_EQ(t["rows"].size(), 2u);
  EXPECT_EQ(t["rows"][0]["workTypeName"], "Consulting");
  EXPECT_EQ(t["rows"][0]["cells"][0]["minutes"], 90);
  ASSERT_EQ(t["rows"][0]["cells"][0]["entries"].size(), 2u);
  EXPECT_EQ(t["rows"][0]["cells"][0]["entries"][0]["id"], IdOf(a));
  EXPECT_EQ(t["rows"][0]["cells"][0]["entries"][0]["version"], 1);
  EXPECT_EQ(t["rows"][0]["totalMinutes"], 90);
  EXPECT_EQ(t["rows"][1]["cells"][1]["minutes"], 90);
  EXPECT_EQ(t["dayTotals"], (json{90, 90, 0, 0, 0, 0, 0}));
  EXPECT_EQ(t["totalMinutes"], 180);
  EXPECT_EQ(consultant().Get("/api/v1/me/timesheet?week=2026-W54").status, 422);
  EXPECT_EQ(consultant().Get("/api/v1/me/timesheet?week=2026-12-01").status, 422);
  EXPECT_EQ(consultant().Get("/api/v1/me/timesheet").status, 200) << "the current week";
}

}  // namespace
}  // namespace clientele::testing
