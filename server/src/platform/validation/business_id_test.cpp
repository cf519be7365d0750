#include "platform/validation/business_id.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(FinnishBusinessId, AcceptsValidIds) {
  EXPECT_TRUE(IsValidFinnishBusinessId("0112038-9"));  // Nokia
  EXPECT_TRUE(IsValidFinnishBusinessId("2646674-9"));  // Wolt
  EXPECT_TRUE(IsValidFinnishBusinessId("2331972-7"));
}

TEST(FinnishBusinessId, RefusesWrongCheckDigitRemainderOneAndShortBodies) {
  EXPECT_FALSE(IsValidFinnishBusinessId("0112038-8"));
  EXPECT_FALSE(IsValidFinnishBusinessId("0112040-0"));  // remainder 1: never issued
  EXPECT_FALSE(IsValidFinnishBusinessId("112038-9"));
}

TEST(NorwegianOrgNumber, AcceptsValidNumbers) {
  EXPECT_TRUE(IsValidNorwegianOrgNumber("923609016"));  // Equinor
  EXPECT_TRUE(IsValidNorwegianOrgNumber("974760673"));  // Brønnøysundregistrene
  EXPECT_TRUE(IsValidNorwegianOrgNumber("991825827"));
}

TEST(NorwegianOrgNumber, RefusesWrongCheckDigitCheckTenAndWrongLength) {
  EXPECT_FALSE(IsValidNorwegianOrgNumber("923609017"));
  EXPECT_FALSE(IsValidNorwegianOrgNumber("923609130"));  // c = 10: never issued
  EXPECT_FALSE(IsValidNorwegianOrgNumber("92360901"));
}

struct VatCase {
  const char* input;
  const char* country;
  const char* normalized;  // nullptr: invalid
};

class VatNumberTest : public ::testing::TestWithParam<VatCase> {};

TEST_P(VatNumberTest, NormalizesValidAndRefusesInvalid) {
  const auto& c = GetParam();
  auto check = CheckVatNumber(c.input, c.country);
  if (c.normalized) {
    ASSERT_TRUE(check.value.has_value()) << c.input << ": " << check.error;
    EXPECT_EQ(check.value->normalized, c.normalized);
  } else {
    EXPECT_FALSE(check.value.has_value()) << c.input;
    EXPECT_FALSE(check.error.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    RegistryReadmeExamples, VatNumberTest,
    ::testing::Values(VatCase{"FI01120389", "FI", "FI01120389"}, VatCase{"FI 2646 6749", "FI", "FI26466749"},
                      VatCase{"fi23319727", "", "FI23319727"}, VatCase{"0112038-9", "FI", "FI01120389"},
                      VatCase{"FI01120388", "FI", nullptr}, VatCase{"FI1120389", "FI", nullptr},
                      VatCase{"FI0112040X", "FI", nullptr}, VatCase{"NO923609016MVA", "NO", "NO923609016MVA"},
                      VatCase{"NO 923 609 016 MVA", "NO", "NO923609016MVA"},
                      VatCase{"no974760673mva", "", "NO974760673MVA"},
                      VatCase{"923609016", "NO", "NO923609016MVA"}, VatCase{"NO923609017MVA", "NO", nullptr},
                      VatCase{"NO92360901MVA", "NO", nullptr}, VatCase{"NO923609016", "NO", nullptr},
                      VatCase{"SE556036079301", "SE", "SE556036079301"},
                      VatCase{"DE 123.456.789", "DE", "DE123456789"}, VatCase{"X", "DE", nullptr},
                      VatCase{"DE12345678901234567890", "DE", nullptr}, VatCase{"DE12_34", "DE", nullptr}));

TEST(RegistryBusinessId, OnlyForAValidNumberOfTheCustomersOwnRegistryCountry) {
  EXPECT_EQ(RegistryBusinessId("FI01120389", "FI"), "0112038-9");
  EXPECT_EQ(RegistryBusinessId("0112038-9", "FI"), "0112038-9");
  EXPECT_EQ(RegistryBusinessId("NO923609016MVA", "NO"), "923609016");
  EXPECT_EQ(RegistryBusinessId("FI01120388", "FI"), std::nullopt);  // wrong check digit
  EXPECT_EQ(RegistryBusinessId("NO923609016MVA", "FI"),
            std::nullopt);                                        // a Norwegian number on a Finnish customer
  EXPECT_EQ(RegistryBusinessId("FI01120389", ""), std::nullopt);  // no country
  EXPECT_EQ(RegistryBusinessId("SE556036079301", "SE"), std::nullopt);  // no registry for SE
}

}  // namespace
}  // namespace clientele::validation
