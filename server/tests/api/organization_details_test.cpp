#include <gtest/gtest.h>

#include "support/money_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// The invoicing details of GET/PATCH /api/v1/settings/organization.
class OrganizationDetailsTest : public MoneyApiTest {
 protected:
  static constexpr const char* kPath = "/api/v1/settings/organization";
  static constexpr const char* kVatRates = "/api/v1/settings/vat-rates";

  long long Version() { return admin().Get(kPath).json()["version"].get<long long>(); }
  /// PATCHes `fields` with the current version.
  HttpResult Set(json fields) {
    fields["version"] = Version();
    return admin().Patch(kPath, fields);
  }
  static json Address() {
    return {{"streetLines", json::array({"Mannerheimintie 12 B", ""})},
            {"postalCode", "00100"},
            {"city", "Helsinki"},
            {"country", "fi"}};
  }
  std::vector<std::string> RateNames() {
    const json list = admin().Get(kVatRates).json();
    std::vector<std::string> names;
    for (const auto& r : list["items"])
      names.push_back(r["name"].get<std::string>() + " " + r["percent"].get<std::string>() + " " +
                      r["category"].get<std::string>());
    return names;
  }
};

TEST_F(OrganizationDetailsTest, StartsEmptyWithDefaultsAndEveryInvoiceFieldMissing) {
  auto r = server_.SignedIn("reader@acme.test").Get(kPath);
  ASSERT_EQ(r.status, 200) << r.body;
  auto s = r.json();
  EXPECT_TRUE(s["legalName"].is_null());
  EXPECT_TRUE(s["address"].is_null());
  EXPECT_TRUE(s["iban"].is_null());
  EXPECT_EQ(s["paymentTermDays"], 14);
  EXPECT_EQ(s["overdueInterest"], "0");
  EXPECT_EQ(s["invoiceLanguage"], "en");
  EXPECT_EQ(s["referenceScheme"], "rf");
  EXPECT_EQ(s["invoiceReady"], json::array({"legalName", "businessId", "country", "address", "iban"}));
}

TEST_F(OrganizationDetailsTest, StoresEveryFieldNormalizedAndTheInvoiceReadyListShrinks) {
  auto r = Set({{"legalName", "  Acme Consulting Oy "}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["legalName"], "Acme Consulting Oy");
  EXPECT_EQ(r.json()["invoiceReady"], json::array({"businessId", "country", "address", "iban"}));
  r = Set({{"country", "fi"}, {"businessId", "01120389"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["country"], "FI");
  EXPECT_EQ(r.json()["businessId"], "0112038-9") << "typed without the dash";
  EXPECT_EQ(r.json()["invoiceLanguage"], "fi") << "follows the country";
  EXPECT_EQ(r.json()["referenceScheme"], "fi");
  EXPECT_EQ(r.json()["invoiceReady"], json::array({"address", "iban"}));
  r = Set({{"address", Address()}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["address"]["streetLines"], json::array({"Mannerheimintie 12 B"}));
  EXPECT_EQ(r.json()["address"]["country"], "FI");
  EXPECT_EQ(r.json()["invoiceReady"], json::array({"iban"}));
  r = Set({{"iban", "fi21 1234 5600 0007 85"},
           {"bic", "nditfihh"},
           {"vatNumber", "FI01120389"},
           {"phone", "+358 9 123 4567"},
           {"email", "billing@acme.test"},
           {"website", "www.acme.test"},
           {"invoiceFooter", "Acme Consulting Oy\r\nKotipaikka Helsinki"},
           {"paymentTermDays", 30},
           {"overdueInterest", "11.50"},
           {"invoiceLanguage", "sv"},
           {"referenceScheme", "rf"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto s = r.json();
  EXPECT_EQ(s["iban"], "FI2112345600000785");
  EXPECT_EQ(s["bic"], "NDITFIHH");
  EXPECT_EQ(s["vatNumber"], "FI01120389");
  EXPECT_EQ(s["website"], "https://www.acme.test");
  EXPECT_EQ(s["invoiceFooter"], "Acme Consulting Oy\nKotipaikka Helsinki");
  EXPECT_EQ(s["paymentTermDays"], 30);
  EXPECT_EQ(s["overdueInterest"], "11.5");
  EXPECT_EQ(s["invoiceLanguage"], "sv");
  EXPECT_EQ(s["referenceScheme"], "rf");
  EXPECT_EQ(s["invoiceReady"], json::array());
  EXPECT_EQ(s["updatedBy"]["id"], admin_id_);
  auto read = server_.SignedIn("consultant@acme.test").Get(kPath);
  EXPECT_EQ(read.json()["iban"], "FI2112345600000785") << "everyone in the organization reads the details";
  r = Set({{"iban", nullptr}, {"invoiceLanguage", nullptr}, {"referenceScheme", nullptr}, {"legalName", ""}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["invoiceReady"], json::array({"legalName", "iban"})) << "null and blank clear";
  EXPECT_EQ(r.json()["invoiceLanguage"], "fi");
  EXPECT_EQ(r.json()["referenceScheme"], "fi");
  EXPECT_TRUE(server_.SignedIn("admin@other.test").Get(kPath).json()["legalName"].is_null())
      << "each organization its own";
}

TEST_F(OrganizationDetailsTest, ANorwegianOrganizationDefaultsToBokmalAndKid) {
  auto r = Set({{"country", "NO"}, {"businessId", "923 609 016"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["businessId"], "923609016");
  EXPECT_EQ(r.json()["invoiceLanguage"], "nb");
  EXPECT_EQ(r.json()["referenceScheme"], "kid-mod10");
  EXPECT_EQ(Set({{"referenceScheme", "kid-mod11"}}).json()["referenceScheme"], "kid-mod11");
  EXPECT_TRUE(Set({{"iban", "NO93 8601 1117 948"}}).has_field_error("iban")) << "checksum";
  EXPECT_EQ(Set({{"iban", "NO93 8601 1117 947"}}).status, 200);
}

TEST_F(OrganizationDetailsTest, RefusesEachBadFieldByName) {
  const std::vector<std::pair<json, std::string>> cases = {
      {{{"legalName", std::string(201, 'x')}}, "legalName"},
      {{{"legalName", "Acme\tOy"}}, "legalName"},
      {{{"country", "Finland"}}, "country"},
      {{{"country", "XX"}}, "country"},
      {{{"country", "FI"}, {"businessId", "0112038-8"}}, "businessId"},
      {{{"country", "NO"}, {"businessId", "923609017"}}, "businessId"},
      {{{"businessId", "12#34"}}, "businessId"},
      {{{"vatNumber", "FI01120388"}}, "vatNumber"},
      {{{"address", {{"streetLines", json::array()}}}}, "address.streetLines"},
      {{{"address", {{"streetLines", json::array({"a", "b", "c", "d"})}}}}, "address.streetLines"},
      {{{"address", {{"streetLines", json::array({"Street 1"})}, {"postalCode", "00100!"}}}},
       "address.postalCode"},
      {{{"address", {{"streetLines", json::array({"Street 1"})}, {"country", "Suomi"}}}}, "address.country"},
      {{{"address", {{"streetLines", json::array({"Street 1"})}, {"zip", "00100"}}}}, "address.zip"},
      {{{"phone", "call me"}}, "phone"},
      {{{"email", "billing"}}, "email"},
      {{{"website", "ftp://acme.test"}}, "website"},
      {{{"iban", "FI21 1234 5600 0007 86"}}, "iban"},
      {{{"iban", "FI21 1234 5600 0007"}}, "iban"},
      {{{"iban", "XX21 1234 5600 0007 85"}}, "iban"},
      {{{"bic", "NDITFIH"}}, "bic"},
      {{{"bic", "1DITFIHH"}}, "bic"},
      {{{"invoiceFooter", std::string(2001, 'x')}}, "invoiceFooter"},
      {{{"invoiceFooter", std::string(25, '\n') + "x"}}, "invoiceFooter"},
      {{{"invoiceFooter", "bell\a"}}, "invoiceFooter"},
      {{{"paymentTermDays", -1}}, "paymentTermDays"},
      {{{"paymentTermDays", 366}}, "paymentTermDays"},
      {{{"paymentTermDays", nullptr}}, "paymentTermDays"},
      {{{"overdueInterest", "7.555"}}, "overdueInterest"},
      {{{"overdueInterest", "100.5"}}, "overdueInterest"},
      {{{"overdueInterest", "-1"}}, "overdueInterest"},
      {{{"overdueInterest", nullptr}}, "overdueInterest"},
      {{{"invoiceLanguage", "de"}}, "invoiceLanguage"},
      {{{"referenceScheme", "kid"}}, "referenceScheme"},
      {{{"logo", "x"}}, "logo"},
  };
  for (const auto& [fields, field] : cases) {
    auto r = Set(fields);
    EXPECT_EQ(r.status, 422) << fields.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(field)) << fields.dump() << " " << r.body;
  }
  EXPECT_EQ(Version(), 1) << "nothing was written";
  EXPECT_EQ(Set({{"paymentTermDays", "14"}}).status, 400) << "wrong type";
  EXPECT_EQ(Set({{"address", {{"streetLines", "Street 1"}}}}).status, 400) << "wrong nested type";
  EXPECT_EQ(Set({{"address", "Street 1"}}).status, 400);
  EXPECT_EQ(Set({{"paymentTermDays", 0}, {"overdueInterest", "100"}}).status, 200) << "the bounds are fine";
}

TEST_F(OrganizationDetailsTest, ChangingTheCountryChecksTheBusinessIdAgain) {
  ASSERT_EQ(Set({{"country", "FI"}, {"businessId", "0112038-9"}}).status, 200);
  auto r = Set({{"country", "NO"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.has_field_error("businessId")) << "a Y-tunnus is not a Norwegian number";
  EXPECT_EQ(Set({{"country", "SE"}}).status, 200) << "other countries take the id as typed";
}

TEST_F(OrganizationDetailsTest, OnlyTheSettingsRightWritesAndAStaleVersionConflicts) {
  EXPECT_EQ(
      server_.SignedIn("consultant@acme.test").Patch(kPath, {{"version", 1}, {"legalName", "X"}}).status,
      403);
  EXPECT_EQ(server_.SignedIn("reader@acme.test").Patch(kPath, {{"version", 1}, {"legalName", "X"}}).status,
            403);
  ASSERT_EQ(admin().Patch(kPath, {{"version", 1}, {"legalName", "Acme Oy"}}).status, 200);
  auto stale = admin().Patch(kPath, {{"version", 1}, {"iban", "FI2112345600000785"}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.json()["error"]["current"]["legalName"], "Acme Oy");
  EXPECT_TRUE(admin().Patch(kPath, {{"legalName", "Acme Oy"}}).has_field_error("version"));
}

TEST_F(OrganizationDetailsTest, FinlandGetsItsVatRatesWhenItsCountryIsFirstSet) {
  EXPECT_TRUE(RateNames().empty());
  ASSERT_EQ(Set({{"country", "FI"}}).status, 200);
  EXPECT_EQ(RateNames(), (std::vector<std::string>{"Standard 25.5 % 25.5 S", "Reduced 14 % 14 S",
                                                   "Reduced 10 % 10 S", "Zero rated 0 % 0 Z"}));
  ASSERT_EQ(Set({{"country", nullptr}}).status, 200);
  ASSERT_EQ(Set({{"country", "FI"}}).status, 200);
  EXPECT_EQ(RateNames().size(), 4u) << "not twice";
  ASSERT_EQ(Set({{"country", "NO"}}).status, 200);
  EXPECT_EQ(RateNames().size(), 4u) << "only when first set";
  EXPECT_TRUE(server_.SignedIn("admin@other.test").Get(kVatRates).json()["items"].empty());
}

TEST_F(OrganizationDetailsTest, NorwayGetsItsVatRatesButNotOverRatesOfItsOwn) {
  ASSERT_EQ(Set({{"country", "NO"}}).status, 200);
  EXPECT_EQ(RateNames(), (std::vector<std::string>{"Standard 25 % 25 S", "Reduced 15 % 15 S",
                                                   "Reduced 12 % 12 S", "Zero rated 0 % 0 Z"}));
  auto other = server_.SignedIn("admin@other.test");
  ASSERT_EQ(other.Post(kVatRates, {{"name", "Own"}, {"percent", "24"}, {"category", "S"}}).status, 201);
  ASSERT_EQ(other.Patch(kPath, {{"version", 1}, {"country", "FI"}}).status, 200);
  const json list = other.Get(kVatRates).json();
  ASSERT_EQ(list["items"].size(), 1u) << "an organization that made its own rates keeps just those";
  EXPECT_EQ(list["items"][0]["name"], "Own");
  ASSERT_EQ(Set({{"country", "SE"}}).status, 200);
}

TEST_F(OrganizationDetailsTest, OtherCountriesGetNoDefaultRates) {
  ASSERT_EQ(Set({{"country", "SE"}}).status, 200);
  EXPECT_TRUE(RateNames().empty());
  EXPECT_EQ(admin().Get(kPath).json()["invoiceLanguage"], "en");
}

}  // namespace
}  // namespace clientele::testing
