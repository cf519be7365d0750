#include "features/registry/prh_mapping.hpp"

#include <gtest/gtest.h>

#include "support/fake_registry.hpp"

namespace clientele::registry {
namespace {

using nlohmann::json;
using testing::ReadRegistryFixture;

json Fixture(const std::string& name) { return json::parse(ReadRegistryFixture(name)); }

RegistryAddress Address(std::vector<std::string> street, std::string code, std::string city,
                        std::string country) {
  return {std::move(street), std::move(code), std::move(city), std::move(country)};
}

/// One company in a v3 envelope, for the cases no fixture covers.
json Envelope(json company) {
  company["businessId"] = {{"value", "2331972-7"}};
  return {{"totalResults", 1}, {"companies", json::array({company})}};
}

TEST(PrhMapping, NokiaTakesTheCurrentRegisteredNameAndKeepsParallelNamesAsAlternatives) {
  auto nokia = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kFinnish);
  ASSERT_TRUE(nokia.ok()) << nokia.error().message;
  EXPECT_EQ(nokia->registry, Registry::kPrh);
  EXPECT_EQ(nokia->business_id, "0112038-9");
  EXPECT_EQ(nokia->name, "Nokia Oyj");  // not "Oy Nokia Ab" (ended) nor an auxiliary name
  EXPECT_EQ(nokia->parallel_names, (std::vector<std::string>{"Nokia Abp", "Nokia Corporation"}));
  EXPECT_EQ(nokia->status, CompanyStatus::kActive);
  EXPECT_FALSE(nokia->deleted_on);
}

TEST(PrhMapping, NokiaVisitingAddressIsBuiltFromItsParts) {
  auto nokia = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kFinnish);
  ASSERT_TRUE(nokia.ok());
  EXPECT_EQ(nokia->visiting_address, Address({"Karakaari 7"}, "02610", "ESPOO", "FI"));
}

TEST(PrhMapping, NokiaPostalAddressIsItsPoBoxInTheRequestedLanguage) {
  auto fi = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kFinnish);
  auto sv = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kSwedish);
  auto en = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kEnglish);
  ASSERT_TRUE(fi.ok() && sv.ok() && en.ok());
  EXPECT_EQ(fi->postal_address, Address({"PL 226"}, "00045", "NOKIA GROUP", "FI"));
  EXPECT_EQ(sv->postal_address, Address({"PB 226"}, "00045", "NOKIA GROUP", "FI"));
  EXPECT_EQ(en->postal_address, Address({"P.O. Box 226"}, "00045", "NOKIA GROUP", "FI"));
}

TEST(PrhMapping, NokiaWebsiteGetsAScheme) {
  auto nokia = MapPrhCompanies(Fixture("fi-found.json"), "0112038-9", Language::kFinnish);
  ASSERT_TRUE(nokia.ok());
  EXPECT_EQ(nokia->website, "https://www.nokia.com");
}

TEST(PrhMapping, EmailIsNeverAvailableFromPrh) {
  for (const char* file : {"fi-found.json", "fi-multiple-names.json"}) {
    auto body = Fixture(file);
    const std::string id = body["companies"][0]["businessId"]["value"];
    auto company = MapPrhCompanies(body, id, Language::kFinnish);
    ASSERT_TRUE(company.ok()) << file;
    EXPECT_FALSE(company->email) << file;
  }
}

TEST(PrhMapping, WoltTakesItsCurrentNameNotThePreviousOne) {
  auto wolt = MapPrhCompanies(Fixture("fi-multiple-names.json"), "2646674-9", Language::kFinnish);
  ASSERT_TRUE(wolt.ok()) << wolt.error().message;
  EXPECT_EQ(wolt->name, "Wolt Oy");
  EXPECT_TRUE(wolt->parallel_names.empty());
  EXPECT_FALSE(wolt->postal_address) << "Wolt has no postal address on file";
  EXPECT_FALSE(wolt->website) << "Wolt has no website on file";
}

TEST(PrhMapping, WoltPostOfficeIsInTheRequestedLanguageFallingBackToFinnish) {
  const auto body = Fixture("fi-multiple-names.json");
  auto fi = MapPrhCompanies(body, "2646674-9", Language::kFinnish);
  auto sv = MapPrhCompanies(body, "2646674-9", Language::kSwedish);
  auto en = MapPrhCompanies(body, "2646674-9", Language::kEnglish);
  ASSERT_TRUE(fi.ok() && sv.ok() && en.ok());
  EXPECT_EQ(fi->visiting_address, Address({"Pohjoinen Rautatiekatu 21"}, "00100", "HELSINKI", "FI"));
  EXPECT_EQ(sv->visiting_address->city, "HELSINGFORS");
  EXPECT_EQ(en->visiting_address->city, "HELSINKI") << "no English name: Finnish";
}

TEST(PrhMapping, AnEmptyListIsNotFound) {
  auto none = MapPrhCompanies(Fixture("fi-not-found.json"), "0000001-9", Language::kFinnish);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kNotFound);
  EXPECT_NE(none.error().message.find("not found in the registry"), std::string::npos);
  EXPECT_NE(none.error().message.find("0000001-9"), std::string::npos);
}

TEST(PrhMapping, AnotherCompanyThanTheOneAskedForIsNotFound) {
  auto other = MapPrhCompanies(Fixture("fi-found.json"), "2646674-9", Language::kFinnish);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
}

TEST(PrhMapping, AnUnexpectedShapeIsABadGateway) {
  for (const json& body : {json::array(), json{{"totalResults", 1}}, json{{"companies", "Nokia"}},
                           json::parse(ReadRegistryFixture("fi-bad-request.json"))}) {
    auto r = MapPrhCompanies(body, "0112038-9", Language::kFinnish);
    ASSERT_FALSE(r.ok()) << body.dump();
    EXPECT_EQ(r.error().code, ErrorCode::kBadGateway) << body.dump();
  }
}

TEST(PrhMapping, StreetLineTakesEntranceApartmentAndCareOf) {
  auto r = MapPrhCompanies(Envelope({{"addresses",
                                      {{{"type", 1},
                                        {"street", "Mannerheimintie"},
                                        {"buildingNumber", "12"},
                                        {"entrance", "B"},
                                        {"apartmentNumber", "34"},
                                        {"apartmentIdSuffix", "a"},
                                        {"co", "Tilitoimisto Oy"},
                                        {"postCode", "00100"},
                                        {"postOffices", {{{"city", "HELSINKI"}, {"languageCode", "1"}}}}}}}}),
                           "2331972-7", Language::kFinnish);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->visiting_address->street,
            (std::vector<std::string>{"c/o Tilitoimisto Oy", "Mannerheimintie 12 B 34a"}));
}

TEST(PrhMapping, EndedAddressesAndNamesAreIgnored) {
  auto r = MapPrhCompanies(
      Envelope({{"names",
                 {{{"name", "Old Oy"},
                   {"type", "1"},
                   {"registrationDate", "2000-01-01"},
                   {"endDate", "2010-01-01"}}}},
                {"addresses",
                 {{{"type", 2}, {"postOfficeBox", "9"}, {"postCode", "00100"}, {"endDate", "2020-01-01"}}}}}),
      "2331972-7", Language::kFinnish);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->name);
  EXPECT_FALSE(r->postal_address);
}

TEST(PrhMapping, EndedCompanyIsDeletedAndSituationsGiveBankruptcyOrLiquidation) {
  auto ended = MapPrhCompanies(Envelope({{"endDate", "2024-06-30"}}), "2331972-7", Language::kFinnish);
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(ended->status, CompanyStatus::kDeleted);
  EXPECT_EQ(ended->deleted_on, "2024-06-30");
  auto bankrupt = MapPrhCompanies(Envelope({{"companySituations", {{{"type", "KONK"}}}}}), "2331972-7",
                                  Language::kFinnish);
  EXPECT_EQ(bankrupt->status, CompanyStatus::kBankrupt);
  auto liquidation = MapPrhCompanies(Envelope({{"companySituations", {{{"type", "SELTILA"}}}}}), "2331972-7",
                                     Language::kFinnish);
  EXPECT_EQ(liquidation->status, CompanyStatus::kLiquidation);
  auto over =
      MapPrhCompanies(Envelope({{"companySituations", {{{"type", "KONK"}, {"endDate", "2020-01-01"}}}}}),
                      "2331972-7", Language::kFinnish);
  EXPECT_EQ(over->status, CompanyStatus::kActive);
}

}  // namespace
}  // namespace clientele::registry
