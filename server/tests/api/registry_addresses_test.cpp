#include <gtest/gtest.h>

#include "support/registry_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// The registry update with the real addresses feature behind the AddressPort, as `clientele serve` wires it.
class RegistryAddressesTest : public RegistryApiTest {
 protected:
  RegistryAddressesTest() : RegistryApiTest(Addresses::kAppWiring) {}

  json AddAddress(const json& customer, const json& body) {
    auto r = server_.SignedIn("admin@acme.test").Post(PathOf(customer) + "/addresses", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  json AddressesOf(const json& customer) {
    return server_.SignedIn("admin@acme.test").Get(PathOf(customer) + "/addresses").json()["items"];
  }
  std::vector<std::string> AddressSources() {
    std::vector<std::string> sources;
    server_.db().Read([&](soci::session& sql) {
      soci::rowset<std::string> rows =
          (sql.prepare << "SELECT source FROM audit_log WHERE entity = 'address'");
      for (const auto& source : rows) sources.push_back(source);
      return 0;
    });
    return sources;
  }
};

json Place(std::vector<std::string> street, const std::string& code, const std::string& city) {
  return {{"street", street}, {"postalCode", code}, {"city", city}, {"country", "FI"}};
}

TEST_F(RegistryAddressesTest, TheLookupComparesWithTheHeadquartersAndThePostalAddress) {
  ASSERT_TRUE(server_.services().registry.addresses_wired());
  auto nokia = Nokia();
  AddAddress(nokia,
             {{"street", {"Karakaari 7"}}, {"postalCode", "02610"}, {"city", "ESPOO"}, {"country", "FI"}});
  auto r = Lookup(nokia, "reader@acme.test");
  ASSERT_EQ(r.status, 200) << r.body;
  auto f = r.json()["fields"];
  EXPECT_TRUE(r.json()["addressesSupported"].get<bool>());
  EXPECT_EQ(f["visitingAddress"]["current"], Place({"Karakaari 7"}, "02610", "ESPOO"));
  EXPECT_FALSE(f["visitingAddress"]["differs"].get<bool>());
  EXPECT_EQ(f["postalAddress"]["current"], nullptr);
  EXPECT_TRUE(f["postalAddress"]["differs"].get<bool>());
}

TEST_F(RegistryAddressesTest, TheUpdateRewritesTheHeadquartersAndAddsThePostalAddress) {
  auto nokia = Nokia();
  AddAddress(nokia, {{"street", {"Vanha katu 1"}},
                     {"postalCode", "02600"},
                     {"city", "Espoo"},
                     {"region", "Uusimaa"},
                     {"country", "FI"},
                     {"phone", "+358 9 1"},
                     {"uses", {"visiting"}}});
  auto r = Apply(nokia, {"visitingAddress", "postalAddress"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["version"], 1) << "the customer row itself did not change";
  auto addresses = AddressesOf(nokia);
  ASSERT_EQ(addresses.size(), 2u);
  const auto& hq = addresses[0];
  EXPECT_TRUE(hq["isHeadquarters"].get<bool>());
  EXPECT_EQ(hq["street"], json({"Karakaari 7"}));
  EXPECT_EQ(hq["postalCode"], "02610");
  EXPECT_EQ(hq["city"], "ESPOO");
  EXPECT_EQ(hq["phone"], "+358 9 1") << "the registry has no phone: kept";
  EXPECT_EQ(hq["region"], "Uusimaa") << "same town: kept";
  EXPECT_EQ(hq["uses"], json({"visiting"}));
  const auto& postal = addresses[1];
  EXPECT_FALSE(postal["isHeadquarters"].get<bool>());
  EXPECT_EQ(postal["street"], json({"PL 226"}));
  EXPECT_EQ(postal["postalCode"], "00045");
  EXPECT_EQ(postal["city"], "NOKIA GROUP");
  EXPECT_EQ(postal["uses"], json({"postal"}));
  const auto sources = AddressSources();
  EXPECT_GE(std::count(sources.begin(), sources.end(), "registry:PRH"), 2);
  for (const auto& source : sources) EXPECT_TRUE(source == "user" || source == "registry:PRH") << source;

  auto after = Lookup(nokia).json()["fields"];
  EXPECT_FALSE(after["visitingAddress"]["differs"].get<bool>());
  EXPECT_FALSE(after["postalAddress"]["differs"].get<bool>());
  ASSERT_EQ(Apply(nokia, {"visitingAddress", "postalAddress"}).status, 200);
  EXPECT_EQ(AddressesOf(nokia), addresses) << "applying again changes nothing";
}

TEST_F(RegistryAddressesTest, ACustomerWithoutAddressesGetsTheVisitingAddressAsItsHeadquarters) {
  auto equinor = Customer("Equinor ASA", "NO", "923609016");
  auto r = Apply(equinor, {"name", "visitingAddress"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["name"], "EQUINOR ASA");
  auto addresses = AddressesOf(equinor);
  ASSERT_EQ(addresses.size(), 1u);
  EXPECT_TRUE(addresses[0]["isHeadquarters"].get<bool>());
  EXPECT_EQ(addresses[0]["street"], json({"Forusbeen 50"}));
  EXPECT_EQ(addresses[0]["country"], "NO");
  EXPECT_EQ(addresses[0]["uses"], json({"visiting"}));
}

TEST_F(RegistryAddressesTest, AddressesAreTakenOnlyWhenChosen) {
  auto nokia = Nokia();
  ASSERT_EQ(Apply(nokia, {"name", "website"}).status, 200);
  EXPECT_TRUE(AddressesOf(nokia).empty());
}

}  // namespace
}  // namespace clientele::testing
