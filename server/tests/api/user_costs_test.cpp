#include <gtest/gtest.h>

#include "support/hours_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class UserCostsTest : public HoursApiTest {
 protected:
  static std::string UserPath(long long id) { return "/api/v1/users/" + std::to_string(id); }
  static json Eur(long long amount) { return {{"amount", amount}, {"currency", "EUR"}}; }
  json Listed(ApiClient& client, long long id) {
    const json list = client.Get("/api/v1/users?limit=200").json();
    for (const auto& u : list["items"])
      if (u["id"] == id) return u;
    ADD_FAILURE() << "no user " << id;
    return {};
  }
};

TEST_F(UserCostsTest, SettingsManagersAndFinancialsEditorsSetAndSeeTheHourlyCost) {
  auto r = admin().Patch(UserPath(consultant_id_), {{"version", 1}, {"hourlyCost", Eur(4500)}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["hourlyCost"], Eur(4500));
  auto manager = server_.SignedIn("manager@acme.test");
  auto m = manager.Patch(UserPath(consultant_id_), {{"version", 2}, {"hourlyCost", Eur(5000)}});
  ASSERT_EQ(m.status, 200) << m.body;
  EXPECT_EQ(m.json()["hourlyCost"]["amount"], 5000);
  EXPECT_EQ(Listed(manager, consultant_id_)["hourlyCost"]["amount"], 5000);
  EXPECT_EQ(manager.Patch(UserPath(consultant_id_), {{"version", 3}, {"name", "x"}}).status, 403)
      << "other fields still need the settings right";
}

TEST_F(UserCostsTest, OthersNeitherSeeNorChangeIt) {
  ASSERT_EQ(admin().Patch(UserPath(consultant_id_), {{"version", 1}, {"hourlyCost", Eur(4500)}}).status, 200);
  EXPECT_FALSE(Listed(consultant(), consultant_id_).contains("hourlyCost"));
  EXPECT_EQ(consultant().Patch(UserPath(consultant_id_), {{"version", 2}, {"hourlyCost", Eur(1)}}).status,
            403);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_FALSE(Listed(reader, consultant_id_).contains("hourlyCost"));
}

TEST_F(UserCostsTest, RefusesOtherCurrenciesAndAmountsThatAreNotMinorUnits) {
  auto path = UserPath(consultant_id_);
  EXPECT_TRUE(admin()
                  .Patch(path, {{"version", 1}, {"hourlyCost", {{"amount", 1}, {"currency", "SEK"}}}})
                  .has_field_error("hourlyCost.currency"));
  EXPECT_TRUE(admin()
                  .Patch(path, {{"version", 1}, {"hourlyCost", Eur(10'000'000'000'001)}})
                  .has_field_error("hourlyCost.amount"));
  EXPECT_TRUE(
      admin().Patch(path, {{"version", 1}, {"hourlyCost", Eur(-5)}}).has_field_error("hourlyCost.amount"));
  EXPECT_TRUE(admin()
                  .Patch(path, {{"version", 1}, {"hourlyCost", {{"amount", 45.5}, {"currency", "EUR"}}}})
                  .has_field_error("hourlyCost"));
  EXPECT_TRUE(admin().Patch(path, {{"version", 1}, {"hourlyCost", nullptr}}).has_field_error("hourlyCost"));
  EXPECT_EQ(admin().Patch(path, {{"version", 7}, {"hourlyCost", Eur(1)}}).status, 409);
  EXPECT_EQ(admin().Patch(UserPath(999999), {{"version", 1}, {"hourlyCost", Eur(1)}}).status, 404);
}

}  // namespace
}  // namespace clientele::testing
