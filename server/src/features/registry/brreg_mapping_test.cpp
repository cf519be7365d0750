#include "features/registry/brreg_mapping.hpp"

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

TEST(BrregMapping, EquinorMapsNameBothAddressesAndWebsite) {
  auto equinor = MapBrregUnit(Fixture("no-found.json"), "923609016");
  ASSERT_TRUE(equinor.ok()) << equinor.error().message;
  EXPECT_EQ(equinor->registry, Registry::kBrreg);
  EXPECT_EQ(equinor->name, "EQUINOR ASA");
  EXPECT_EQ(equinor->visiting_address, Address({"Forusbeen 50"}, "4035", "STAVANGER", "NO"));
  EXPECT_EQ(equinor->postal_address, Address({"Postboks 8500"}, "4035", "STAVANGER", "NO"));
  EXPECT_EQ(equinor->website, "https://www.equinor.com");
  EXPECT_EQ(equinor->status, CompanyStatus::kActive);
  EXPECT_TRUE(equinor->parallel_names.empty());
}

TEST(BrregMapping, EquinorHasNoEmail) {
  auto equinor = MapBrregUnit(Fixture("no-found.json"), "923609016");
  ASSERT_TRUE(equinor.ok());
  EXPECT_FALSE(equinor->email);
}

TEST(BrregMapping, AUnitWithAnEmailMapsIt) {
  auto brreg = MapBrregUnit(Fixture("no-found-with-email.json"), "974760673");
  ASSERT_TRUE(brreg.ok());
  EXPECT_EQ(brreg->email, "postmottak@brreg.no");
  EXPECT_EQ(brreg->name, "BRØNNØYSUNDREGISTRENE");
  EXPECT_EQ(brreg->visiting_address, Address({"Havnegata 48"}, "8900", "BRØNNØYSUND", "NO"));
  EXPECT_EQ(brreg->postal_address, Address({"Postboks 900"}, "8910", "BRØNNØYSUND", "NO"));
  EXPECT_EQ(brreg->website, "https://www.brreg.no");
}

TEST(BrregMapping, AStruckOffUnitIsDeletedWithItsDateAndOffersNoAddresses) {
  auto deleted = MapBrregUnit(Fixture("no-deleted.json"), "912345688");
  ASSERT_TRUE(deleted.ok());
  EXPECT_EQ(deleted->status, CompanyStatus::kDeleted);
  EXPECT_EQ(deleted->deleted_on, "2024-03-15");
  EXPECT_EQ(deleted->name, "FJORDKANT EKSEMPEL AS");
  EXPECT_FALSE(deleted->visiting_address);
  EXPECT_FALSE(deleted->postal_address);
  EXPECT_FALSE(deleted->withdrawn);
}

TEST(BrregMapping, GoneIsWithdrawnAndDeletedWithOrWithoutABody) {
  auto gone = MapBrregGone(Fixture("no-gone.json"), "912345696");
  EXPECT_EQ(gone.status, CompanyStatus::kDeleted);
  EXPECT_TRUE(gone.withdrawn);
  EXPECT_EQ(gone.deleted_on, "2023-11-30");
  EXPECT_FALSE(gone.name);
  auto bare = MapBrregGone(json(nullptr), "912345696");
  EXPECT_TRUE(bare.withdrawn);
  EXPECT_FALSE(bare.deleted_on);
  auto envelope = MapBrregGone(json{{"status", 410}, {"feilmelding", "Enheten er fjernet"}}, "912345696");
  EXPECT_EQ(envelope.status, CompanyStatus::kDeleted);
}

TEST(BrregMapping, EmptyAndNullAddressLinesAreSkippedAndAMissingPostalAddressOffersNothing) {
  json unit = {{"organisasjonsnummer", "912345688"},
               {"navn", "SMÅ EKSEMPEL AS"},
               {"forretningsadresse",
                {{"adresse", {"", nullptr, "Storgata 1", "  "}},
                 {"postnummer", "0155"},
                 {"poststed", "OSLO"},
                 {"landkode", "NO"}}}};
  auto unit_result = MapBrregUnit(unit, "912345688");
  ASSERT_TRUE(unit_result.ok());
  EXPECT_EQ(unit_result->visiting_address, Address({"Storgata 1"}, "0155", "OSLO", "NO"));
  EXPECT_FALSE(unit_result->postal_address);
  EXPECT_FALSE(unit_result->website);
}

TEST(BrregMapping, BankruptcyAndWindingUpFlagsGiveTheStatus) {
  json unit = {{"organisasjonsnummer", "912345688"}, {"navn", "X AS"}, {"konkurs", true}};
  EXPECT_EQ(MapBrregUnit(unit, "912345688")->status, CompanyStatus::kBankrupt);
  unit = {{"organisasjonsnummer", "912345688"}, {"navn", "X AS"}, {"underAvvikling", true}};
  EXPECT_EQ(MapBrregUnit(unit, "912345688")->status, CompanyStatus::kLiquidation);
  unit = {{"organisasjonsnummer", "912345688"},
          {"navn", "X AS"},
          {"underTvangsavviklingEllerTvangsopplosning", true}};
  EXPECT_EQ(MapBrregUnit(unit, "912345688")->status, CompanyStatus::kLiquidation);
}

TEST(BrregMapping, AnotherUnitOrAnErrorBodyIsABadGateway) {
  auto other = MapBrregUnit(Fixture("no-found.json"), "974760673");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kBadGateway);
  auto error_body = MapBrregUnit(Fixture("no-bad-request.json"), "923609016");
  ASSERT_FALSE(error_body.ok());
  EXPECT_EQ(error_body.error().code, ErrorCode::kBadGateway);
}

}  // namespace
}  // namespace clientele::registry
