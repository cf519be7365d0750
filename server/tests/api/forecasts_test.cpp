#include <gtest/gtest.h>

#include "support/money_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ForecastsTest : public MoneyApiTest {
 protected:
  HttpResult Put(ApiClient& client, const json& body) {
    return client.Send("PUT", ForecastsPath(), body.dump());
  }
  HttpResult Put(const json& body) { return Put(admin(), body); }
  HttpResult Fill(const json& body) { return admin().Post(ForecastsPath() + "/fill-from-fees", body); }
  static json Month(const json& forecast, const std::string& month) {
    for (const auto& m : forecast["months"])
      if (m["month"] == month) return m;
    return nullptr;
  }
};

TEST_F(ForecastsTest, AProjectWithoutAForecastAnswersVersionZero) {
  auto r = admin().Get(ForecastsPath());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["version"], 0);
  EXPECT_EQ(r.json()["months"], json::array());
  EXPECT_EQ(r.json()["currency"], "EUR");
}

TEST_F(ForecastsTest, PutReplacesListedMonthsKeepsTheOthersAndEmptyIsNotZero) {
  auto first =
      Put({{"version", 0},
           {"months",
            {{{"month", "2026-12"}, {"revenue", Eur(100000)}, {"laborCost", Eur(0)}, {"notes", "Kick-off"}},
             {{"month", "2027-01"}, {"billing", Eur(5000)}}}}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["version"], 1);
  auto dec = Month(first.json(), "2026-12");
  EXPECT_EQ(dec["revenue"], Eur(100000));
  EXPECT_EQ(dec["laborCost"], Eur(0)) << "zero is a figure";
  EXPECT_EQ(dec["billing"], nullptr) << "left out is empty, not zero";
  EXPECT_EQ(dec["notes"], "Kick-off");

  auto second = Put({{"version", 1}, {"months", {{{"month", "2027-01"}, {"otherCost", Eur(70)}}}}});
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(Month(second.json(), "2026-12")["revenue"], Eur(100000)) << "a month left out is unchanged";
  EXPECT_EQ(Month(second.json(), "2027-01")["billing"], nullptr) << "a listed month is replaced";
  EXPECT_EQ(Month(second.json(), "2027-01")["otherCost"], Eur(70));

  auto cleared = Put({{"version", 2}, {"months", {{{"month", "2027-01"}}}}});
  EXPECT_EQ(Month(cleared.json(), "2027-01"), nullptr) << "a month without figures or notes is gone";
  EXPECT_EQ(admin().Get(ForecastsPath() + "?from=2027-01&to=2027-12").json()["months"], json::array());
}

TEST_F(ForecastsTest, AStaleVersionIs409WithTheCurrentForecast) {
  ASSERT_EQ(Put({{"version", 0}, {"months", {{{"month", "2026-12"}, {"revenue", Eur(1)}}}}}).status, 200);
  auto stale = Put({{"version", 0}, {"months", {{{"month", "2026-12"}, {"revenue", Eur(2)}}}}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 1);
  EXPECT_EQ(Month(stale.json()["error"]["current"], "2026-12")["revenue"], Eur(1));
  EXPECT_TRUE(Put({{"months", json::array()}}).has_field_error("version"));
}

TEST_F(ForecastsTest, RefusesBadMonthsAndMoney) {
  struct Case {
    json month;
    std::string field;
  };
  const std::vector<Case> cases = {
      {{{"month", "2026-13"}}, "months[0].month"},
      {{{"month", "26-01"}}, "months[0].month"},
      {{{"month", "2026-12"}, {"revenue", {{"amount", 1}, {"currency", "SEK"}}}},
       "months[0].revenue.currency"},
      {{{"month", "2026-12"}, {"revenue", {{"amount", 1.5}, {"currency", "EUR"}}}}, "months[0].revenue"},
      {{{"month", "2026-12"}, {"otherCost", Eur(-1)}}, "months[0].otherCost.amount"},
      {{{"month", "2026-12"}, {"profit", Eur(1)}}, "months[0].profit"},
  };
  for (const auto& c : cases) {
    auto r = Put({{"version", 0}, {"months", {c.month}}});
    EXPECT_EQ(r.status, 422) << c.month.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(c.field)) << c.month.dump() << " " << r.body;
  }
  auto twice = Put({{"version", 0}, {"months", {{{"month", "2026-12"}}, {{"month", "2026-12"}}}}});
  EXPECT_TRUE(twice.has_field_error("months[1].month")) << twice.body;
  EXPECT_TRUE(admin().Get(ForecastsPath() + "?from=2026").has_field_error("from"));
}

TEST_F(ForecastsTest, FillFromFeesSetsCurrentAndFutureMonthsOnly) {
  AddFee({{"date", "2026-11-15"}, {"unitPrice", Eur(99999)}});                    // past: ignored
  AddFee({{"date", "2026-12-10"}, {"quantity", "2"}, {"unitPrice", Eur(1000)}});  // 20.00
  AddFee({{"date", "2026-12-20"}, {"kind", "cost"}, {"unitCost", Eur(300)}});     // other 3.00
  AddFee({{"date", "2027-02-01"}, {"quantity", "0.5"}, {"unitPrice", Eur(1)}, {"unitCost", Eur(1)}});
  auto r = Fill(json::object());
  ASSERT_EQ(r.status, 200) << r.body;
  auto f = r.json();
  EXPECT_EQ(Month(f, "2026-11"), nullptr) << "never a past month";
  auto dec = Month(f, "2026-12");
  EXPECT_EQ(dec["revenue"], Eur(2000));
  EXPECT_EQ(dec["billing"], Eur(2000));
  EXPECT_EQ(dec["otherCost"], Eur(300));
  EXPECT_EQ(dec["laborCost"], nullptr);
  EXPECT_EQ(Month(f, "2027-01"), nullptr);
  EXPECT_EQ(Month(f, "2027-02")["revenue"], Eur(1));
  EXPECT_EQ(Month(f, "2027-02")["otherCost"], Eur(1));
  EXPECT_EQ(f["version"], 1);
}

TEST_F(ForecastsTest, FillAsksBeforeOverwritingFilledMonthsAndKeepsWhatItDoesNotSet) {
  AddFee({{"date", "2026-12-10"}, {"unitPrice", Eur(1000)}});
  AddFee({{"date", "2027-03-10"}, {"unitPrice", Eur(500)}});
  ASSERT_EQ(
      Put({{"version", 0},
           {"months", {{{"month", "2026-12"}, {"revenue", Eur(7)}, {"laborCost", Eur(8)}, {"notes", "n"}}}}})
          .status,
      200);
  auto refused = Fill(json::object());
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_TRUE(refused.has_field_error("months.2026-12")) << refused.body;
  EXPECT_FALSE(refused.has_field_error("months.2027-03"));
  EXPECT_EQ(admin().Get(ForecastsPath()).json()["version"], 1) << "nothing written";

  auto done = Fill({{"overwrite", true}});
  ASSERT_EQ(done.status, 200) << done.body;
  auto dec = Month(done.json(), "2026-12");
  EXPECT_EQ(dec["revenue"], Eur(1000));
  EXPECT_EQ(dec["laborCost"], Eur(8));
  EXPECT_EQ(dec["notes"], "n");
  EXPECT_EQ(Month(done.json(), "2027-03")["revenue"], Eur(500));
  EXPECT_EQ(Fill({{"version", 1}}).status, 409) << "a stale version";
}

TEST_F(ForecastsTest, TheCurrentMonthFollowsTheOrganizationsDate) {
  AddFee({{"date", "2026-12-10"}, {"unitPrice", Eur(1000)}});
  SetToday("2027-01-01");
  auto f = Fill(json::object()).json();
  EXPECT_EQ(Month(f, "2026-12"), nullptr) << "December is past on the first of January";
}

TEST_F(ForecastsTest, Permissions) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(ForecastsPath()).status, 200);
  EXPECT_EQ(Put(consultant, {{"version", 0}, {"months", json::array()}}).status, 403);
  EXPECT_EQ(consultant.Post(ForecastsPath() + "/fill-from-fees", json::object()).status, 403);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(ForecastsPath()).status, 403);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(ForecastsPath()).status, 404);
  EXPECT_EQ(Put(other, {{"version", 0}, {"months", json::array()}}).status, 404);
  EXPECT_EQ(other.Post(ForecastsPath() + "/fill-from-fees", json::object()).status, 404);
}

}  // namespace
}  // namespace clientele::testing
