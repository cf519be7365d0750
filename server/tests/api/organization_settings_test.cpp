#include <gtest/gtest.h>

#include "support/hours_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class OrganizationSettingsTest : public HoursApiTest {
 protected:
  static constexpr const char* kPath = "/api/v1/settings/organization";
};

TEST_F(OrganizationSettingsTest, StartsInEurosInHelsinkiForEveryone) {
  auto r = consultant().Get(kPath);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["baseCurrency"], "EUR");
  EXPECT_EQ(r.json()["timeZone"], "Europe/Helsinki");
  EXPECT_EQ(r.json()["name"], "Acme Consulting");
  EXPECT_EQ(r.json()["version"], 1);
  EXPECT_TRUE(r.json()["updatedAt"].is_null());
}

TEST_F(OrganizationSettingsTest, TheSettingsRightChangesThemWithTheVersionRead) {
  auto r = admin().Patch(kPath, {{"version", 1}, {"timeZone", "America/New_York"}, {"baseCurrency", "USD"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["timeZone"], "America/New_York");
  EXPECT_EQ(r.json()["baseCurrency"], "USD");
  EXPECT_EQ(r.json()["version"], 2);
  EXPECT_EQ(r.json()["updatedBy"]["id"], admin_id_);
  auto stale = admin().Patch(kPath, {{"version", 1}, {"timeZone", "Europe/Oslo"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["timeZone"], "America/New_York");
  EXPECT_EQ(consultant().Patch(kPath, {{"version", 2}, {"timeZone", "Europe/Oslo"}}).status, 403);
  EXPECT_EQ(server_.SignedIn("admin@other.test").Get(kPath).json()["timeZone"], "Europe/Helsinki")
      << "each organization its own";
}

TEST_F(OrganizationSettingsTest, RefusesUnknownZonesCurrenciesAndFields) {
  EXPECT_TRUE(
      admin().Patch(kPath, {{"version", 1}, {"timeZone", "Europe/Atlantis"}}).has_field_error("timeZone"));
  EXPECT_TRUE(
      admin().Patch(kPath, {{"version", 1}, {"timeZone", "../../etc/passwd"}}).has_field_error("timeZone"));
  EXPECT_TRUE(
      admin().Patch(kPath, {{"version", 1}, {"baseCurrency", "euro"}}).has_field_error("baseCurrency"));
  EXPECT_TRUE(admin().Patch(kPath, {{"timeZone", "Europe/Oslo"}}).has_field_error("version"));
  EXPECT_TRUE(admin().Patch(kPath, {{"version", 1}, {"vatNumber", "x"}}).has_field_error("vatNumber"));
  EXPECT_EQ(admin().Patch(kPath, {{"version", 1}, {"timeZone", 2}}).status, 400);
  EXPECT_EQ(admin().Get(std::string(kPath) + "?x=1").status, 422);
}

TEST_F(OrganizationSettingsTest, TheBaseCurrencyIsPinnedWhileAmountsAreHeldInIt) {
  PriceWorkType("Consulting", 12000);
  auto r = admin().Patch(kPath, {{"version", 1}, {"baseCurrency", "SEK"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(r.has_field_error("baseCurrency"));
  PriceWorkType("Consulting", 0);
  auto user = admin().Patch("/api/v1/users/" + std::to_string(consultant_id_),
                            {{"version", 1}, {"hourlyCost", {{"amount", 4000}, {"currency", "EUR"}}}});
  ASSERT_EQ(user.status, 200) << user.body;
  EXPECT_EQ(admin().Patch(kPath, {{"version", 1}, {"baseCurrency", "SEK"}}).status, 409) << "a user's cost";
  EXPECT_EQ(admin().Patch(kPath, {{"version", 1}, {"timeZone", "Europe/Stockholm"}}).status, 200)
      << "the time zone is free";
}

}  // namespace
}  // namespace clientele::testing
