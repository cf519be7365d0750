#include "features/settings/organization_details.hpp"

#include <gtest/gtest.h>

#include "features/settings/vat_rate.hpp"

namespace clientele::settings {
namespace {

TEST(OrganizationDetails, LanguageAndReferenceSchemeFollowTheCountryUntilSet) {
  OrganizationSettings s;
  EXPECT_EQ(EffectiveInvoiceLanguage(s), "en");
  EXPECT_EQ(EffectiveReferenceScheme(s), ReferenceScheme::kRf);
  s.country = "FI";
  EXPECT_EQ(EffectiveInvoiceLanguage(s), "fi");
  EXPECT_EQ(EffectiveReferenceScheme(s), ReferenceScheme::kFi);
  s.country = "NO";
  EXPECT_EQ(EffectiveInvoiceLanguage(s), "nb");
  EXPECT_EQ(EffectiveReferenceScheme(s), ReferenceScheme::kKidMod10);
  s.invoice_language = "sv";
  s.reference_scheme = ReferenceScheme::kKidMod11;
  EXPECT_EQ(EffectiveInvoiceLanguage(s), "sv");
  EXPECT_EQ(EffectiveReferenceScheme(s), ReferenceScheme::kKidMod11);
}

TEST(OrganizationDetails, AnAddressNeedsStreetPostalCodeAndCityForInvoicing) {
  OrganizationSettings s;
  s.legal_name = "Acme Oy";
  s.business_id = "0112038-9";
  s.country = "FI";
  s.iban = "FI2112345600000785";
  s.address = OrganizationAddress{{"Street 1"}, std::nullopt, "Helsinki", std::nullopt};
  EXPECT_EQ(MissingForInvoicing(s), std::vector<std::string>{"address"});
  s.address->postal_code = "00100";
  EXPECT_TRUE(MissingForInvoicing(s).empty());
}

TEST(OrganizationDetails, ReferenceSchemesRoundTrip) {
  for (auto scheme :
       {ReferenceScheme::kFi, ReferenceScheme::kRf, ReferenceScheme::kKidMod10, ReferenceScheme::kKidMod11}) {
    EXPECT_EQ(ParseReferenceScheme(ReferenceSchemeName(scheme)), scheme);
  }
  EXPECT_FALSE(ParseReferenceScheme("kid"));
}

TEST(VatRateDefaults, FinlandAndNorwayHaveTheirRatesOthersNone) {
  auto fi = DefaultVatRates("FI");
  ASSERT_EQ(fi.size(), 4u);
  EXPECT_EQ(fi[0].percent, 2550);
  EXPECT_EQ(fi[3].category, VatCategory::kZero);
  auto no = DefaultVatRates("NO");
  ASSERT_EQ(no.size(), 4u);
  EXPECT_EQ(no[0].percent, 2500);
  EXPECT_TRUE(DefaultVatRates("SE").empty());
  EXPECT_EQ(ParseVatCategory("AE"), VatCategory::kReverseCharge);
  EXPECT_FALSE(ParseVatCategory("X"));
}

}  // namespace
}  // namespace clientele::settings
