#include <gtest/gtest.h>

#include "support/money_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class VatRatesTest : public MoneyApiTest {
 protected:
  static constexpr const char* kPath = "/api/v1/settings/vat-rates";

  static std::string RatePath(const json& rate) {
    return std::string(kPath) + "/" + std::to_string(IdOf(rate));
  }
  json AddRate(ApiClient& client, const json& body) {
    auto r = client.Post(kPath, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  json AddRate(const json& body) { return AddRate(admin(), body); }
  json Standard() { return AddRate({{"name", "Standard"}, {"percent", "25.5"}, {"category", "S"}}); }
};

TEST_F(VatRatesTest, AddsListsAndChangesARate) {
  auto rate = Standard();
  EXPECT_EQ(rate["name"], "Standard");
  EXPECT_EQ(rate["percent"], "25.5");
  EXPECT_EQ(rate["category"], "S");
  EXPECT_EQ(rate["isActive"], true);
  EXPECT_EQ(rate["usageCount"], 0);
  EXPECT_EQ(rate["version"], 1);
  auto zero =
      AddRate({{"name", "Reverse charge"}, {"percent", "0"}, {"category", "AE"}, {"isActive", false}});
  EXPECT_EQ(zero["isActive"], false);
  auto list = server_.SignedIn("reader@acme.test").Get(kPath);
  ASSERT_EQ(list.status, 200) << list.body;
  const json items = list.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["name"], "Standard") << "active first";
  auto r = admin().Patch(RatePath(rate), {{"version", 1}, {"name", "General"}, {"percent", "24.00"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["name"], "General");
  EXPECT_EQ(r.json()["percent"], "24");
  EXPECT_EQ(r.json()["version"], 2);
  r = admin().Patch(RatePath(rate), {{"version", 2}, {"isActive", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["isActive"], false);
  EXPECT_EQ(admin().Delete(RatePath(zero)).status, 204);
  EXPECT_EQ(admin().Patch(RatePath(zero), {{"version", 1}, {"name", "x"}}).status, 404);
}

TEST_F(VatRatesTest, RefusesBadValuesByField) {
  const std::vector<std::pair<json, std::string>> cases = {
      {{{"percent", "24"}, {"category", "S"}}, "name"},
      {{{"name", ""}, {"percent", "24"}, {"category", "S"}}, "name"},
      {{{"name", std::string(101, 'x')}, {"percent", "24"}, {"category", "S"}}, "name"},
      {{{"name", "A"}, {"category", "S"}}, "percent"},
      {{{"name", "A"}, {"percent", "24.555"}, {"category", "S"}}, "percent"},
      {{{"name", "A"}, {"percent", "101"}, {"category", "S"}}, "percent"},
      {{{"name", "A"}, {"percent", "-5"}, {"category", "S"}}, "percent"},
      {{{"name", "A"}, {"percent", "24,5"}, {"category", "S"}}, "percent"},
      {{{"name", "A"}, {"percent", "24"}, {"category", "X"}}, "category"},
      {{{"name", "A"}, {"percent", "10"}, {"category", "Z"}}, "percent"},
      {{{"name", "A"}, {"percent", "0"}, {"category", "S"}}, "category"},
      {{{"name", "A"}, {"percent", "24"}, {"rate", "S"}}, "rate"},
  };
  for (const auto& [body, field] : cases) {
    auto r = admin().Post(kPath, body);
    EXPECT_EQ(r.status, 422) << body.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(field)) << body.dump() << " " << r.body;
  }
  EXPECT_EQ(admin().Post(kPath, {{"name", "A"}, {"percent", 24}}).status, 400) << "a percent is a string";
  auto rate = Standard();
  EXPECT_TRUE(admin().Patch(RatePath(rate), {{"name", "B"}}).has_field_error("version"));
  EXPECT_TRUE(admin().Patch(RatePath(rate), {{"version", 1}, {"name", nullptr}}).has_field_error("name"));
  EXPECT_TRUE(
      admin().Patch(RatePath(rate), {{"version", 1}, {"percent", "1.001"}}).has_field_error("percent"));
  EXPECT_TRUE(
      admin().Patch(RatePath(rate), {{"version", 1}, {"isActive", nullptr}}).has_field_error("isActive"));
  EXPECT_TRUE(admin().Patch(RatePath(rate), {{"version", 1}, {"category", "Z"}}).has_field_error("percent"));
  EXPECT_EQ(admin().Get(std::string(kPath) + "?x=1").status, 422);
}

TEST_F(VatRatesTest, OnlyTheSettingsRightChangesRates) {
  auto rate = Standard();
  for (const char* who : {"consultant@acme.test", "reader@acme.test"}) {
    auto client = server_.SignedIn(who);
    EXPECT_EQ(client.Get(kPath).status, 200) << who;
    EXPECT_EQ(client.Post(kPath, {{"name", "A"}, {"percent", "24"}, {"category", "S"}}).status, 403) << who;
    EXPECT_EQ(client.Patch(RatePath(rate), {{"version", 1}, {"name", "A"}}).status, 403) << who;
    EXPECT_EQ(client.Delete(RatePath(rate)).status, 403) << who;
  }
}

TEST_F(VatRatesTest, AnotherOrganizationsRateIsNotFound) {
  auto other = server_.SignedIn("admin@other.test");
  auto theirs = AddRate(other, {{"name", "Theirs"}, {"percent", "25"}, {"category", "S"}});
  EXPECT_EQ(admin().Patch(RatePath(theirs), {{"version", 1}, {"name", "Mine"}}).status, 404);
  EXPECT_EQ(admin().Delete(RatePath(theirs)).status, 404);
  EXPECT_TRUE(admin().Get(kPath).json()["items"].empty());
  EXPECT_EQ(admin().Delete(std::string(kPath) + "/999999").status, 404);
  EXPECT_EQ(other.Get(kPath).json()["items"][0]["name"], "Theirs");
}

TEST_F(VatRatesTest, AStaleVersionConflictsAndShowsTheCurrentRate) {
  auto rate = Standard();
  ASSERT_EQ(admin().Patch(RatePath(rate), {{"version", 1}, {"name", "General"}}).status, 200);
  auto r = admin().Patch(RatePath(rate), {{"version", 1}, {"name", "Other"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json()["error"]["current"]["name"], "General");
}

TEST_F(VatRatesTest, AFeeNamesAnActiveRateOfItsOrganization) {
  auto rate = Standard();
  auto fee = AddFee({{"vatRateId", IdOf(rate)}});
  EXPECT_EQ(fee["vatRateId"], IdOf(rate));
  auto other = server_.SignedIn("admin@other.test");
  auto theirs = AddRate(other, {{"name", "Theirs"}, {"percent", "25"}, {"category", "S"}});
  auto inactive = AddRate({{"name", "Old"}, {"percent", "24"}, {"category", "S"}, {"isActive", false}});
  auto body = json{{"kind", "fee"},   {"date", "2026-12-10"}, {"description", "Licence"},
                   {"quantity", "1"}, {"unit", "pcs"},        {"unitPrice", Eur(10000)}};
  for (const auto& bad : {IdOf(theirs), IdOf(inactive), 999999LL}) {
    body["vatRateId"] = bad;
    auto r = admin().Post(FeesPath(), body);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_TRUE(r.has_field_error("vatRateId")) << r.body;
  }
  auto r = admin().Patch(FeePath(fee), {{"version", fee["version"]}, {"vatRateId", IdOf(inactive)}});
  EXPECT_TRUE(r.has_field_error("vatRateId")) << r.body;
  r = admin().Patch(FeePath(fee), {{"version", fee["version"]}, {"vatRateId", nullptr}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json()["vatRateId"].is_null()) << "null is allowed";
  r = admin().Patch(FeePath(r.json()), {{"version", r.json()["version"]}, {"vatRateId", IdOf(rate)}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(admin().Patch(RatePath(rate), {{"version", 1}, {"isActive", false}}).status, 200);
  r = admin().Patch(FeePath(r.json()), {{"version", r.json()["version"]}, {"description", "Licence 2027"}});
  EXPECT_EQ(r.status, 200) << "a rate deactivated since stays on the fee: " << r.body;
}

TEST_F(VatRatesTest, ARateAFeeUsesCannotBeDeletedOrRepriced) {
  auto rate = Standard();
  auto fee = AddFee({{"vatRateId", IdOf(rate)}});
  const json list = admin().Get(kPath).json();
  EXPECT_EQ(list["items"][0]["usageCount"], 1);
  auto r = admin().Delete(RatePath(rate));
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("Standard"), std::string::npos) << r.body;
  r = admin().Patch(RatePath(rate), {{"version", 1}, {"percent", "24"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(r.has_field_error("percent"));
  EXPECT_EQ(admin().Patch(RatePath(rate), {{"version", 1}, {"name", "Standard (old)"}}).status, 200)
      << "a name can change";
  ASSERT_EQ(admin().Delete(FeePath(fee)).status, 204);
  EXPECT_EQ(admin().Delete(RatePath(rate)).status, 204) << "unused again";
}

}  // namespace
}  // namespace clientele::testing
