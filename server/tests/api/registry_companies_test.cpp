#include <gtest/gtest.h>

#include "support/registry_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;
using RegistryCompaniesTest = RegistryApiTest;

constexpr const char* kCompanies = "/api/v1/registry/companies/";

TEST_F(RegistryCompaniesTest, AFinnishCompanyByBusinessIdOrVatNumberForTheNewCustomerDialog) {
  auto admin = server_.SignedIn("admin@acme.test");
  auto r = admin.Get(std::string(kCompanies) + "FI/0112038-9");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["source"]["registry"], "PRH");
  EXPECT_EQ(j["country"], "FI");
  EXPECT_EQ(j["businessId"], "0112038-9");
  EXPECT_EQ(j["vatNumber"], "FI01120389");
  EXPECT_EQ(j["name"], "Nokia Oyj");
  EXPECT_EQ(j["status"], "active");
  EXPECT_EQ(j["visitingAddress"]["street"], json({"Karakaari 7"}));
  EXPECT_EQ(j["postalAddress"]["postalCode"], "00045");
  EXPECT_EQ(j["website"], "https://www.nokia.com");
  EXPECT_EQ(j["email"], nullptr);
  auto by_vat = admin.Get(std::string(kCompanies) + "fi/FI01120389");
  ASSERT_EQ(by_vat.status, 200) << by_vat.body;
  EXPECT_EQ(by_vat.json()["name"], "Nokia Oyj");
  EXPECT_EQ(fake_.requests(), 1) << "the second answer came from the cache";
}

TEST_F(RegistryCompaniesTest, ANorwegianUnitByOrganisationOrVatNumber) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto r = consultant.Get(std::string(kCompanies) + "NO/NO923609016MVA");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["name"], "EQUINOR ASA");
  EXPECT_EQ(r.json()["vatNumber"], "NO923609016MVA");
  EXPECT_EQ(r.json()["source"]["licence"], "NLOD");
  auto brreg = consultant.Get(std::string(kCompanies) + "NO/974760673");
  ASSERT_EQ(brreg.status, 200) << brreg.body;
  EXPECT_EQ(brreg.json()["email"], "postmottak@brreg.no");
}

TEST_F(RegistryCompaniesTest, ADeletedUnitSaysSo) {
  auto r = server_.SignedIn("admin@acme.test").Get(std::string(kCompanies) + "NO/912345688");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["status"], "deleted");
  EXPECT_EQ(r.json()["deletedOn"], "2024-03-15");
}

TEST_F(RegistryCompaniesTest, InvalidCountriesAndIdsAre422WithoutAskingTheRegistry) {
  auto admin = server_.SignedIn("admin@acme.test");
  auto check_digit = admin.Get(std::string(kCompanies) + "FI/0112038-8");
  EXPECT_EQ(check_digit.status, 422);
  EXPECT_TRUE(check_digit.has_field_error("businessId"));
  EXPECT_TRUE(admin.Get(std::string(kCompanies) + "NO/12345").has_field_error("businessId"));
  EXPECT_TRUE(admin.Get(std::string(kCompanies) + "FI/NO923609016MVA").has_field_error("businessId"));
  auto sweden = admin.Get(std::string(kCompanies) + "SE/5566778899");
  EXPECT_EQ(sweden.status, 422);
  EXPECT_TRUE(sweden.has_field_error("country"));
  EXPECT_EQ(fake_.requests(), 0);
}

TEST_F(RegistryCompaniesTest, AnUnknownCompanyIs404) {
  auto r = server_.SignedIn("admin@acme.test").Get(std::string(kCompanies) + "FI/0000001-9");
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(r.has_field_error("businessId"));
}

TEST_F(RegistryCompaniesTest, OnlyUsersWhoMayCreateCustomersMayAsk) {
  auto r = server_.SignedIn("reader@acme.test").Get(std::string(kCompanies) + "FI/0112038-9");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(fake_.requests(), 0);
}

TEST_F(RegistryCompaniesTest, TheOpenApiDocumentTypesTextPathParameters) {
  auto doc = server_.Client().Get("/api/v1/openapi.json").json();
  auto params = doc["paths"]["/api/v1/registry/companies/{country}/{businessId}"]["get"]["parameters"];
  ASSERT_EQ(params.size(), 2u);
  EXPECT_EQ(params[0]["schema"]["type"], "string");
  EXPECT_EQ(params[1]["schema"]["type"], "string");
  auto lookup = doc["paths"]["/api/v1/customers/{id}/registry-lookup"]["get"]["parameters"];
  EXPECT_EQ(lookup[0]["schema"]["type"], "integer");
}

}  // namespace
}  // namespace clientele::testing
