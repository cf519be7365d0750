#include <vector>

#include <gtest/gtest.h>

#include "support/hours_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ProjectPricesTest : public HoursApiTest {
 protected:
  static std::string PricesPath(const json& p) { return ProjectPath(p) + "/prices"; }
  // A vector, not a json: nlohmann reads a braced list of one object as that object, not as an array.
  HttpResult Put(ApiClient& client, const json& project, long long version, const std::vector<json>& prices) {
    return client.Send("PUT", PricesPath(project), json{{"version", version}, {"prices", prices}}.dump());
  }
  static json Price(long long type, long long amount, const std::string& currency = "EUR") {
    return {{"workTypeId", type}, {"hourlyPrice", {{"amount", amount}, {"currency", currency}}}};
  }
};

TEST_F(ProjectPricesTest, AProjectTakesItsCurrencyFromItsValueOrTheBaseCurrency) {
  EXPECT_EQ(project_["currency"], "EUR");
  auto sek = AddProject(customer_, json{{"name", "Stockholm office"},
                                        {"expectedValue", {{"amount", 100000}, {"currency", "SEK"}}}});
  EXPECT_EQ(sek["currency"], "SEK");
  auto nok = AddProject(customer_, json{{"name", "Oslo office"}, {"currency", "NOK"}});
  EXPECT_EQ(nok["currency"], "NOK");
  EXPECT_TRUE(
      admin()
          .Post("/api/v1/projects", {{"name", "x"}, {"customerId", IdOf(customer_)}, {"currency", "nok"}})
          .has_field_error("currency"));
  auto changed = admin().Patch(ProjectPath(nok), {{"version", nok["version"]}, {"currency", "DKK"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["currency"], "DKK");
  EXPECT_EQ(admin().Get(ProjectPath(nok)).json()["currency"], "DKK");
}

TEST_F(ProjectPricesTest, ReplacesTheListWithTheVersionRead) {
  auto empty = admin().Get(PricesPath(project_));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json()["version"], 0);
  EXPECT_EQ(empty.json()["currency"], "EUR");
  EXPECT_TRUE(empty.json()["prices"].empty());
  auto r =
      Put(admin(), project_, 0, {Price(WorkTypeId("Design"), 11000), Price(WorkTypeId("Consulting"), 15000)});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["version"], 1);
  ASSERT_EQ(r.json()["prices"].size(), 2u);
  EXPECT_EQ(r.json()["prices"][0]["workTypeName"], "Consulting");
  EXPECT_EQ(r.json()["prices"][0]["hourlyPrice"]["amount"], 15000);
  auto stale = Put(admin(), project_, 0, {});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 1);
  auto cleared = Put(admin(), project_, 1, {});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_TRUE(cleared.json()["prices"].empty());
}

TEST_F(ProjectPricesTest, RefusesOtherCurrenciesUnknownTypesAndDuplicates) {
  const auto design = WorkTypeId("Design");
  EXPECT_TRUE(Put(admin(), project_, 0, {Price(design, 100, "SEK")})
                  .has_field_error("prices[0].hourlyPrice.currency"));
  EXPECT_TRUE(Put(admin(), project_, 0, {Price(design, 10'000'000'000'001)})
                  .has_field_error("prices[0].hourlyPrice.amount"));
  EXPECT_TRUE(Put(admin(), project_, 0, {Price(999999, 100)}).has_field_error("prices[0].workTypeId"));
  EXPECT_TRUE(Put(admin(), project_, 0, {Price(design, 1), Price(design, 2)})
                  .has_field_error("prices[1].workTypeId"));
  auto other = server_.SignedIn("admin@other.test");
  const long long their_type = IdOf(other.Get(kWorkTypes).json()["items"][0]);
  EXPECT_TRUE(Put(admin(), project_, 0, {Price(their_type, 100)}).has_field_error("prices[0].workTypeId"));
  EXPECT_TRUE(admin()
                  .Send("PUT", PricesPath(project_), json{{"prices", json::array()}}.dump())
                  .has_field_error("version"));
  EXPECT_EQ(admin().Send("PUT", PricesPath(project_), json{{"version", 0}, {"prices", 1}}.dump()).status,
            400);
  EXPECT_EQ(other.Get(PricesPath(project_)).status, 404);
}

TEST_F(ProjectPricesTest, FinancialsViewReadsAndFinancialsEditWrites) {
  EXPECT_EQ(consultant().Get(PricesPath(project_)).status, 200);
  EXPECT_EQ(Put(consultant(), project_, 0, {}).status, 403);
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(Put(manager, project_, 0, {}).status, 200);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PricesPath(project_)).status, 403) << "no financials";
}

TEST_F(ProjectPricesTest, TheCurrencyIsPinnedOnceTheProjectHasPricedRows) {
  ASSERT_EQ(Put(admin(), project_, 0, {Price(WorkTypeId("Design"), 100)}).status, 200);
  auto current = admin().Get(ProjectPath(project_)).json();
  auto r = admin().Patch(ProjectPath(project_), {{"version", current["version"]}, {"currency", "SEK"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(r.has_field_error("currency"));
  auto renamed = admin().Patch(ProjectPath(project_), {{"version", current["version"]}, {"name", "Renamed"}});
  EXPECT_EQ(renamed.status, 200) << "other fields still change";
  Recorded(admin(), "2026-12-01", 30, {{"projectId", IdOf(foreign_)}});
  auto f = admin().Get(ProjectPath(foreign_)).json();
  EXPECT_EQ(admin().Patch(ProjectPath(foreign_), {{"version", f["version"]}, {"currency", "SEK"}}).status,
            409)
      << "hour entries pin it too";
}

TEST_F(ProjectPricesTest, PricesAndForecastsGoWithADeletedProjectButHoursKeepIt) {
  ASSERT_EQ(Put(admin(), project_, 0, {Price(WorkTypeId("Design"), 100)}).status, 200);
  auto forecast = admin().Send(
      "PUT", ProjectPath(project_) + "/forecasts",
      json{{"version", 0},
           {"months", {{{"month", "2027-01"}, {"revenue", {{"amount", 500}, {"currency", "EUR"}}}}}}}
          .dump());
  ASSERT_EQ(forecast.status, 200) << forecast.body;
  EXPECT_EQ(admin().Delete(ProjectPath(project_)).status, 204);
  EXPECT_EQ(admin().Get(PricesPath(project_)).status, 404);

  auto h = Recorded(admin(), "2026-12-01", 30, {{"projectId", IdOf(foreign_)}});
  auto refused = admin().Delete(ProjectPath(foreign_));
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_NE(refused.body.find("hours"), std::string::npos) << refused.body;
  EXPECT_EQ(admin().Delete(HourPath(h)).status, 204);
  EXPECT_EQ(admin().Delete(ProjectPath(foreign_)).status, 204) << "free once its hours are gone";
}

}  // namespace
}  // namespace clientele::testing
