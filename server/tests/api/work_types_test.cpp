#include <gtest/gtest.h>

#include "support/hours_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class WorkTypesTest : public HoursApiTest {
 protected:
  json AddType(const json& body) {
    auto r = admin().Post(kWorkTypes, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static json Eur(long long amount) { return {{"amount", amount}, {"currency", "EUR"}}; }
};

TEST_F(WorkTypesTest, EveryOrganizationStartsWithTheDefaults) {
  auto r = consultant().Get(kWorkTypes);
  ASSERT_EQ(r.status, 200) << r.body;
  std::vector<std::pair<std::string, bool>> seen;
  const json list = r.json();
  for (const auto& t : list["items"]) {
    seen.emplace_back(t["name"], t["billable"]);
    EXPECT_EQ(t["hourlyPrice"], Eur(0));
    EXPECT_EQ(t["isActive"], true);
    EXPECT_EQ(t["version"], 1);
  }
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, bool>>{{"Consulting", true},
                                                             {"Design", true},
                                                             {"Internal", false},
                                                             {"Project management", true},
                                                             {"Travel time", false}}));
  EXPECT_EQ(server_.SignedIn("admin@other.test").Get(kWorkTypes).json()["items"].size(), 5u);
}

TEST_F(WorkTypesTest, AddsAndChangesWithTheSettingsRight) {
  auto t =
      AddType({{"name", " Training "}, {"code", "TRN"}, {"hourlyPrice", Eur(9000)}, {"billable", false}});
  EXPECT_EQ(t["name"], "Training");
  EXPECT_EQ(t["hourlyPrice"], Eur(9000));
  EXPECT_EQ(t["billable"], false);
  auto r = admin().Patch(TypePath(t), {{"version", 1}, {"hourlyPrice", Eur(9500)}, {"isActive", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["hourlyPrice"]["amount"], 9500);
  EXPECT_EQ(r.json()["isActive"], false);
  EXPECT_EQ(r.json()["version"], 2);
  auto stale = admin().Patch(TypePath(t), {{"version", 1}, {"name", "x"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  EXPECT_TRUE(admin().Patch(TypePath(t), {{"name", "x"}}).has_field_error("version"));
  EXPECT_EQ(consultant().Post(kWorkTypes, {{"name", "x"}, {"code", "X"}}).status, 403);
  EXPECT_EQ(consultant().Patch(TypePath(t), {{"version", 2}, {"name", "x"}}).status, 403);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Patch(TypePath(t), {{"version", 2}, {"name", "x"}}).status, 404);
}

TEST_F(WorkTypesTest, RefusesDuplicatesAndMoneyThatIsNotMinorUnitsOfTheBaseCurrency) {
  auto dup_name = admin().Post(kWorkTypes, {{"name", "consulting"}, {"code", "C2"}});
  EXPECT_EQ(dup_name.status, 409);
  EXPECT_TRUE(dup_name.has_field_error("name"));
  auto dup_code = admin().Post(kWorkTypes, {{"name", "Consulting 2"}, {"code", "CONS"}});
  EXPECT_EQ(dup_code.status, 409);
  EXPECT_TRUE(dup_code.has_field_error("code"));
  EXPECT_TRUE(admin()
                  .Post(kWorkTypes,
                        {{"name", "A"}, {"code", "A"}, {"hourlyPrice", {{"amount", 1}, {"currency", "SEK"}}}})
                  .has_field_error("hourlyPrice.currency"));
  EXPECT_TRUE(admin()
                  .Post(kWorkTypes, {{"name", "A"}, {"code", "A"}, {"hourlyPrice", Eur(10'000'000'000'001)}})
                  .has_field_error("hourlyPrice.amount"));
  EXPECT_TRUE(
      admin()
          .Post(kWorkTypes,
                {{"name", "A"}, {"code", "A"}, {"hourlyPrice", {{"amount", 12.5}, {"currency", "EUR"}}}})
          .has_field_error("hourlyPrice"));
  EXPECT_TRUE(admin()
                  .Post(kWorkTypes, {{"name", "A"}, {"code", "A"}, {"hourlyPrice", Eur(-1)}})
                  .has_field_error("hourlyPrice.amount"));
  auto missing = admin().Post(kWorkTypes, json::object());
  EXPECT_TRUE(missing.has_field_error("name"));
  EXPECT_TRUE(missing.has_field_error("code"));
  EXPECT_EQ(admin().Post(kWorkTypes, {{"name", "A"}, {"code", "A"}, {"billable", "yes"}}).status, 400);
}

TEST_F(WorkTypesTest, DeletesOnlyWhatNoEntryOrPriceUses) {
  auto unused = AddType({{"name", "Training"}, {"code", "TRN"}});
  EXPECT_EQ(admin().Delete(TypePath(unused)).status, 204);
  EXPECT_EQ(admin().Delete(TypePath(unused)).status, 404);
  Recorded(consultant(), "2026-12-01", 60);
  auto consulting = WorkType("Consulting");
  EXPECT_EQ(consulting["usageCount"], 1);
  EXPECT_EQ(admin().Delete(TypePath(consulting)).status, 409);
  auto design = WorkType("Design");
  auto put = admin().Send(
      "PUT", ProjectPath(project_) + "/prices",
      json{{"version", 0}, {"prices", {{{"workTypeId", IdOf(design)}, {"hourlyPrice", Eur(100)}}}}}.dump());
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(admin().Delete(TypePath(design)).status, 409) << "a project price uses it";
  EXPECT_EQ(consultant().Delete(TypePath(WorkType("Internal"))).status, 403);
}

}  // namespace
}  // namespace clientele::testing
