#include <gtest/gtest.h>

#include "support/registry_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;
using RegistryLookupTest = RegistryApiTest;

json Address(std::vector<std::string> street, const std::string& code, const std::string& city,
             const std::string& country) {
  return {{"street", street}, {"postalCode", code}, {"city", city}, {"country", country}};
}

TEST_F(RegistryLookupTest, NokiaMapsNameAddressesAndWebsiteAndSaysEmailIsUnavailable) {
  auto r = Lookup(Nokia());
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["source"]["registry"], "PRH");
  EXPECT_EQ(j["source"]["licence"], "CC BY 4.0");
  EXPECT_EQ(j["source"]["url"], fake_.url() + "/opendata-ytj-api/v3/companies?businessId=0112038-9");
  EXPECT_EQ(j["businessId"], "0112038-9");
  EXPECT_EQ(j["status"], "active");
  EXPECT_EQ(j["deletedOn"], nullptr);
  EXPECT_EQ(j["parallelNames"], json({"Nokia Abp", "Nokia Corporation"}));
  EXPECT_TRUE(j["canUpdate"].get<bool>());
  EXPECT_TRUE(j["addressesSupported"].get<bool>());
  const auto& f = j["fields"];
  EXPECT_EQ(
      f["name"],
      json({{"current", "Oy Nokia Ab"}, {"registry", "Nokia Oyj"}, {"differs", true}, {"available", true}}));
  EXPECT_EQ(f["visitingAddress"]["registry"], Address({"Karakaari 7"}, "02610", "ESPOO", "FI"));
  EXPECT_EQ(f["visitingAddress"]["current"], nullptr);
  EXPECT_TRUE(f["visitingAddress"]["differs"].get<bool>());
  EXPECT_EQ(f["postalAddress"]["registry"], Address({"PL 226"}, "00045", "NOKIA GROUP", "FI"));
  EXPECT_TRUE(f["postalAddress"]["available"].get<bool>());
  EXPECT_EQ(f["website"]["registry"], "https://www.nokia.com");
  EXPECT_EQ(f["website"]["current"], "http://old.nokia.example");
  EXPECT_TRUE(f["website"]["differs"].get<bool>());
  EXPECT_EQ(f["email"], json({{"current", "info@nokia.example"},
                              {"registry", nullptr},
                              {"differs", false},
                              {"available", false}}));
}

TEST_F(RegistryLookupTest, SwedishPostOfficeNamesAndPoBoxOnRequest) {
  auto r = Lookup(Nokia(), "admin@acme.test", "?lang=sv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["fields"]["visitingAddress"]["registry"]["city"], "ESBO");
  EXPECT_EQ(r.json()["fields"]["postalAddress"]["registry"]["street"], json({"PB 226"}));
}

TEST_F(RegistryLookupTest, CurrentAddressesComeFromTheAddressesFeature) {
  auto nokia = Nokia();
  book_.Set(IdOf(nokia), registry::AddressKind::kVisiting, {{"Karakaari 7"}, "02610", "ESPOO", "FI"});
  book_.Set(IdOf(nokia), registry::AddressKind::kPostal, {{"PL 1"}, "00045", "NOKIA GROUP", "FI"});
  auto f = Lookup(nokia).json()["fields"];
  EXPECT_EQ(f["visitingAddress"]["current"], Address({"Karakaari 7"}, "02610", "ESPOO", "FI"));
  EXPECT_FALSE(f["visitingAddress"]["differs"].get<bool>());
  EXPECT_TRUE(f["postalAddress"]["differs"].get<bool>());
}

TEST_F(RegistryLookupTest, WoltGetsItsCurrentNameNotThePreviousOne) {
  auto wolt = Create({{"name", "Wolt Enterprises Oy"},
                      {"country", "FI"},
                      {"vatNumber", "2646674-9"},
                      {"website", "https://wolt.com"}});
  auto r = Lookup(wolt);
  ASSERT_EQ(r.status, 200) << r.body;
  auto f = r.json()["fields"];
  EXPECT_EQ(f["name"]["registry"], "Wolt Oy");
  EXPECT_TRUE(f["name"]["differs"].get<bool>());
  EXPECT_EQ(f["visitingAddress"]["registry"],
            Address({"Pohjoinen Rautatiekatu 21"}, "00100", "HELSINKI", "FI"));
  EXPECT_FALSE(f["postalAddress"]["available"].get<bool>());
  EXPECT_FALSE(f["website"]["available"].get<bool>());
  EXPECT_EQ(f["website"]["current"], "https://wolt.com");
}

TEST_F(RegistryLookupTest, EquinorMapsBothAddressesFromBronnoysund) {
  auto r = Lookup(Customer("Equinor ASA", "NO", "NO 923 609 016 MVA"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["source"]["registry"], "Brønnøysundregistrene");
  EXPECT_EQ(j["source"]["licence"], "NLOD");
  EXPECT_EQ(j["businessId"], "923609016");
  EXPECT_EQ(j["fields"]["name"]["registry"], "EQUINOR ASA");
  EXPECT_EQ(j["fields"]["visitingAddress"]["registry"], Address({"Forusbeen 50"}, "4035", "STAVANGER", "NO"));
  EXPECT_EQ(j["fields"]["postalAddress"]["registry"], Address({"Postboks 8500"}, "4035", "STAVANGER", "NO"));
  EXPECT_EQ(j["fields"]["website"]["registry"], "https://www.equinor.com");
  EXPECT_FALSE(j["fields"]["email"]["available"].get<bool>()) << "Equinor has no e-mail in the register";
}

TEST_F(RegistryLookupTest, ANorwegianUnitWithAnEmailMapsIt) {
  auto r = Lookup(Customer("Brønnøysundregistrene", "NO", "974760673"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto email = r.json()["fields"]["email"];
  EXPECT_EQ(email["registry"], "postmottak@brreg.no");
  EXPECT_TRUE(email["available"].get<bool>());
  EXPECT_TRUE(email["differs"].get<bool>());
}

TEST_F(RegistryLookupTest, ADeletedUnitSaysWhenAndOffersNothing) {
  auto r = Lookup(Customer("Fjordkant Eksempel AS", "NO", "912345688"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["status"], "deleted");
  EXPECT_EQ(j["deletedOn"], "2024-03-15");
  EXPECT_FALSE(j["withdrawn"].get<bool>());
  EXPECT_FALSE(j["canUpdate"].get<bool>());
  for (const auto& [name, field] : j["fields"].items()) {
    EXPECT_FALSE(field["available"].get<bool>()) << name;
    EXPECT_FALSE(field["differs"].get<bool>()) << name;
  }
}

TEST_F(RegistryLookupTest, AUnitWithdrawnFromOpenDataOffersNothing) {
  auto r = Lookup(Customer("Withdrawn AS", "NO", "912345696"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["status"], "deleted");
  EXPECT_TRUE(j["withdrawn"].get<bool>());
  EXPECT_EQ(j["deletedOn"], "2023-11-30");
  for (const auto& [name, field] : j["fields"].items()) EXPECT_FALSE(field["available"].get<bool>()) << name;
}

TEST_F(RegistryLookupTest, UnknownIdsAreNotFoundInTheRegistry) {
  auto fi = Lookup(Customer("Unknown Oy", "FI", "0000001-9"));
  EXPECT_EQ(fi.status, 404);
  EXPECT_NE(Message(fi).find("not found in the registry"), std::string::npos) << fi.body;
  EXPECT_TRUE(fi.has_field_error("businessId")) << "tells a registry miss from a missing customer";
  auto no = Lookup(Customer("Unknown AS", "NO", "812345672"));
  EXPECT_EQ(no.status, 404);
  EXPECT_NE(Message(no).find("not found in the registry"), std::string::npos) << no.body;
}

TEST_F(RegistryLookupTest, A404WithAnEmptyBodyIsNotFoundTooFromEitherRegistry) {
  fake_.AnswerAll("NO", {404, "", "", {}});
  fake_.AnswerAll("FI", {404, "", "", {}});
  auto no = Lookup(Customer("Equinor ASA", "NO", "923609016"));
  EXPECT_EQ(no.status, 404);
  EXPECT_NE(Message(no).find("not found in the registry"), std::string::npos) << no.body;
  auto fi = Lookup(Nokia());
  EXPECT_EQ(fi.status, 404);
  EXPECT_NE(Message(fi).find("not found in the registry"), std::string::npos) << fi.body;
}

TEST_F(RegistryLookupTest, ResultsAreCachedSoASecondLookupAsksNobody) {
  auto nokia = Nokia();
  ASSERT_EQ(Lookup(nokia).status, 200);
  EXPECT_EQ(fake_.requests(), 1);
  ASSERT_EQ(Lookup(nokia, "reader@acme.test").status, 200);
  auto second_customer = Create({{"name", "Nokia again"}, {"country", "FI"}, {"vatNumber", "0112038-9"}});
  ASSERT_EQ(Lookup(second_customer).status, 200);
  EXPECT_EQ(fake_.requests(), 1) << "same business id: answered from the cache";
  ASSERT_EQ(Apply(nokia, {"website"}).status, 200);
  EXPECT_EQ(fake_.requests(), 1) << "the update takes what the lookup saw";
  auto unknown = Customer("Unknown Oy", "FI", "0000001-9");
  EXPECT_EQ(Lookup(unknown).status, 404);
  EXPECT_EQ(Lookup(unknown).status, 404);
  EXPECT_EQ(fake_.requests(), 2) << "not found is remembered as well";
}

TEST_F(RegistryLookupTest, SendsADescriptiveUserAgentAndAsksForJson) {
  ASSERT_EQ(Lookup(Customer("Equinor ASA", "NO", "923609016")).status, 200);
  auto seen = fake_.last_request();
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->method, "GET");
  EXPECT_EQ(seen->target, "/enhetsregisteret/api/enheter/923609016");
  EXPECT_EQ(seen->headers["user-agent"], "Clientele/" CLIENTELE_VERSION " (+customer registry lookup)");
  EXPECT_EQ(seen->headers["accept"], "application/json");
}

TEST_F(RegistryLookupTest, AReadOnlyUserMayLookButIsNotOfferedTheUpdate) {
  auto r = Lookup(Nokia(), "reader@acme.test");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.json()["canUpdate"].get<bool>());
}

TEST_F(RegistryLookupTest, WithoutTheAddressesFeatureAddressesHaveNoCurrentValue) {
  TestServer bare(Options(fake_.Config(), Addresses::kNone));
  Seed(bare);
  auto nokia = Nokia(&bare);
  auto r = bare.SignedIn("admin@acme.test").Get(PathOf(nokia) + "/registry-lookup");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_FALSE(j["addressesSupported"].get<bool>());
  EXPECT_EQ(j["fields"]["visitingAddress"]["current"], nullptr);
  EXPECT_EQ(j["fields"]["visitingAddress"]["registry"]["street"], json({"Karakaari 7"}));
}

TEST_F(RegistryLookupTest, BadQueryParametersAre422) {
  auto nokia = Nokia();
  EXPECT_EQ(Lookup(nokia, "admin@acme.test", "?lang=de").status, 422);
  EXPECT_EQ(Lookup(nokia, "admin@acme.test", "?language=fi").status, 422);
  EXPECT_EQ(fake_.requests(), 0);
}

}  // namespace
}  // namespace clientele::testing
