#include "features/registry/registry_json.hpp"

#include <gtest/gtest.h>

namespace clientele::registry {
namespace {

using nlohmann::json;

TEST(RegistryJson, ParsesTheUpdateBody) {
  auto update = ParseRegistryUpdate({{"version", 3}, {"fields", {"website", "name", "postalAddress"}}});
  ASSERT_TRUE(update.ok());
  EXPECT_EQ(update->version, 3);
  EXPECT_EQ(update->fields, (std::vector<RegistryField>{RegistryField::kWebsite, RegistryField::kName,
                                                        RegistryField::kPostalAddress}));
}

TEST(RegistryJson, UnknownFieldNamesAndBodyFieldsAre422AndWrongTypes400) {
  auto unknown = ParseRegistryUpdate({{"version", 1}, {"fields", {"phone"}}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kValidationFailed);
  EXPECT_EQ(unknown.error().fields.front().field, "fields");
  auto typo = ParseRegistryUpdate({{"version", 1}, {"fields", {"name"}}, {"feilds", {"name"}}});
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().code, ErrorCode::kValidationFailed);
  auto wrong = ParseRegistryUpdate({{"version", "1"}, {"fields", "name"}});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kBadRequest);
}

TEST(RegistryJson, TheCompanyCarriesItsSourceAndVatNumber) {
  RegistryCompany c;
  c.registry = Registry::kPrh;
  c.business_id = "0112038-9";
  c.name = "Nokia Oyj";
  c.url = "https://avoindata.prh.fi/opendata-ytj-api/v3/companies?businessId=0112038-9";
  c.visiting_address = RegistryAddress{{"Karakaari 7"}, "02610", "ESPOO", "FI"};
  json j = c;
  EXPECT_EQ(j["source"]["registry"], "PRH");
  EXPECT_EQ(j["source"]["licence"], "CC BY 4.0");
  EXPECT_EQ(j["vatNumber"], "FI01120389");
  EXPECT_EQ(j["country"], "FI");
  EXPECT_EQ(j["status"], "active");
  EXPECT_EQ(j["visitingAddress"]["street"][0], "Karakaari 7");
  EXPECT_EQ(j["visitingAddress"]["postalCode"], "02610");
  EXPECT_EQ(j["postalAddress"], nullptr);
  EXPECT_EQ(j["email"], nullptr);
}

TEST(Registry, SourcesAndVatNumbers) {
  EXPECT_EQ(AuditSource(Registry::kPrh), "registry:PRH");
  EXPECT_EQ(AuditSource(Registry::kBrreg), "registry:Brønnøysundregistrene");
  EXPECT_EQ(SourceOf(Registry::kBrreg).licence, "NLOD");
  EXPECT_EQ(VatNumberOf(Registry::kBrreg, "923609016"), "NO923609016MVA");
  EXPECT_EQ(WithScheme("www.nokia.com"), "https://www.nokia.com");
  EXPECT_EQ(WithScheme("http://example.no"), "http://example.no");
  EXPECT_EQ(RegistryForCountry("SE"), std::nullopt);
}

}  // namespace
}  // namespace clientele::registry
