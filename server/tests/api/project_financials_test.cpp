#include <gtest/gtest.h>

#include "support/event_stream_reader.hpp"
#include "support/money_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ProjectFinancialsTest : public MoneyApiTest {
 protected:
  std::string FinancialsPath() const { return ProjectPath(project_) + "/financials"; }
  static json Figure(const json& actual, const json& forecast, const json& difference) {
    return {{"actual", actual}, {"forecast", forecast}, {"difference", difference}};
  }
};

TEST_F(ProjectFinancialsTest, ActualsFromHoursAndFeesBesideTheForecast) {
  AddHours("2026-12-01", 90, true, 12000, 6000);   // 180.00, cost 90.00
  AddHours("2026-12-02", 20, true, 10000, 5000);   // 33.33, cost 16.67
  AddHours("2026-12-03", 60, false, 10000, 5000);  // cost 50.00
  AddHours("2027-01-04", 45, true, 9999, 0);       // 74.99
  AddFee({{"date", "2026-12-10"}, {"quantity", "1.5"}, {"unitPrice", Eur(333)}, {"unitCost", Eur(100)}});
  AddFee({{"date", "2027-01-10"},
          {"kind", "cost"},
          {"quantity", "10"},
          {"unitPrice", Eur(2000)},
          {"unitCost", Eur(1234)}});
  ASSERT_EQ(admin()
                .Send("PUT", ForecastsPath(),
                      json{{"version", 0},
                           {"months", {{{"month", "2026-12"}, {"revenue", Eur(30000)}, {"billing", Eur(1)}}}}}
                          .dump())
                .status,
            200);
  auto r = admin().Get(FinancialsPath() + "?from=2026-12&to=2027-01");
  ASSERT_EQ(r.status, 200) << r.body;
  auto f = r.json();
  EXPECT_EQ(f["currency"], "EUR");
  ASSERT_EQ(f["months"].size(), 2u);
  const auto& dec = f["months"][0];
  EXPECT_EQ(dec["month"], "2026-12");
  // 180.00 + 33.33 + 5.00 (1.5 × 3.33 = 4.995 → 5.00).
  EXPECT_EQ(dec["revenue"], Figure(Eur(21833), Eur(30000), Eur(-8167)));
  EXPECT_EQ(dec["billing"], Figure(nullptr, Eur(1), nullptr));
  EXPECT_EQ(dec["laborCost"], Figure(Eur(15667), nullptr, nullptr));
  EXPECT_EQ(dec["otherCost"], Figure(Eur(150), nullptr, nullptr));
  EXPECT_EQ(dec["margin"], Figure(Eur(6016), Eur(30000), Eur(-23984)));
  EXPECT_EQ(dec["marginPercent"], Figure("27.6", "100.0", "-72.4"));  // 60.16 / 218.33
  EXPECT_EQ(dec["billableMinutes"], 110);
  EXPECT_EQ(dec["nonBillableMinutes"], 60);
  EXPECT_EQ(dec["billablePercent"], "64.7");
  const auto& jan = f["months"][1];
  EXPECT_EQ(jan["revenue"]["actual"], Eur(7499)) << "the cost is not re-charged";
  EXPECT_EQ(jan["otherCost"]["actual"], Eur(12340));
  EXPECT_EQ(f["totals"]["revenue"], Figure(Eur(29332), Eur(30000), Eur(-668)));
  EXPECT_EQ(f["totals"]["billableMinutes"], 155);
  EXPECT_FALSE(f["totals"].contains("month"));
}

TEST_F(ProjectFinancialsTest, DefaultsToSixMonthsBackAndTwelveAhead) {
  auto f = admin().Get(FinancialsPath()).json();
  EXPECT_EQ(f["from"], "2026-06");
  EXPECT_EQ(f["to"], "2027-12");
  EXPECT_EQ(f["months"].size(), 19u);
  EXPECT_EQ(f["totals"]["revenue"]["actual"], Eur(0));
  EXPECT_EQ(f["totals"]["marginPercent"]["actual"], nullptr);
}

TEST_F(ProjectFinancialsTest, RefusesBadSpans) {
  EXPECT_TRUE(admin().Get(FinancialsPath() + "?from=2026-13").has_field_error("from"));
  EXPECT_TRUE(admin().Get(FinancialsPath() + "?to=x").has_field_error("to"));
  EXPECT_TRUE(admin().Get(FinancialsPath() + "?from=2027-01&to=2026-12").has_field_error("to"));
  EXPECT_TRUE(admin().Get(FinancialsPath() + "?from=2000-01&to=2026-12").has_field_error("to"));
  EXPECT_TRUE(admin().Get(FinancialsPath() + "?month=2026-12").has_field_error("month"));
}

TEST_F(ProjectFinancialsTest, OnlyFinancialsViewOnTheProjectSeesIt) {
  EXPECT_EQ(server_.SignedIn("reader@acme.test").Get(FinancialsPath()).status, 403);
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(FinancialsPath()).status, 200);
  SetRoleRight("Consultant", "financials_view", "own");
  EXPECT_EQ(consultant.Get(FinancialsPath()).status, 403) << "a consultant on another's project";
  EXPECT_EQ(server_.SignedIn("admin@other.test").Get(FinancialsPath()).status, 404);
  EXPECT_EQ(admin().Get("/api/v1/projects/999999/financials").status, 404);
}

TEST_F(ProjectFinancialsTest, FeeAndForecastChangesReachOnlyListenersWithFinancialsView) {
  auto listen = [&](const std::string& email) {
    auto client = server_.SignedIn(email);
    auto reader = std::make_unique<EventStreamReader>(
        server_.port(), std::map<std::string, std::string>{{"Cookie", client.cookie()}});
    EXPECT_EQ(reader->status(), 200);
    EXPECT_TRUE(reader->WaitFor([](const auto& f) { return f.comment == "connected"; }));
    return reader;
  };
  auto manager = listen("manager@acme.test");
  auto reader = listen("reader@acme.test");
  auto fee = AddFee();
  ASSERT_EQ(admin().Post(ForecastsPath() + "/fill-from-fees", json::object()).status, 200);
  auto fee_event = manager->WaitForChange({{"entity", "fee"}, {"type", "created"}});
  ASSERT_TRUE(fee_event);
  EXPECT_EQ((*fee_event)["id"], IdOf(fee));
  EXPECT_EQ((*fee_event)["projectId"], IdOf(project_));
  auto forecast_event = manager->WaitForChange({{"entity", "forecast"}, {"type", "updated"}});
  ASSERT_TRUE(forecast_event);
  EXPECT_EQ((*forecast_event)["id"], IdOf(project_));
  // The read-only user sees the project but not its financials: the note after them is the first change
  // that reaches them.
  ASSERT_EQ(admin().Post(ProjectPath(project_) + "/notes", {{"text", "after"}}).status, 201);
  auto first = reader->WaitFor([](const auto& f) { return f.event == "change"; });
  ASSERT_TRUE(first);
  EXPECT_EQ(first->json()["entity"], "note");
}

}  // namespace
}  // namespace clientele::testing
