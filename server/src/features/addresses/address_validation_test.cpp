#include "features/addresses/address_validation.hpp"

#include <gtest/gtest.h>

namespace clientele::addresses {
namespace {

AddressValues Valid() {
  AddressValues v;
  v.street = {"  Mannerheimintie 1 ", "", "B 12"};
  v.postal_code = " 00100 ";
  v.city = "Helsinki";
  v.country = "fi";
  v.phone = "+358 9 123 456";
  v.uses = {AddressUse::kPostal, AddressUse::kVisiting, AddressUse::kPostal};
  return v;
}

bool HasError(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(AddressValidation, NormalizesValidValues) {
  auto v = Valid();
  EXPECT_TRUE(NormalizeAddressValues(v).empty());
  EXPECT_EQ(v.street, (std::vector<std::string>{"Mannerheimintie 1", "B 12"}))
      << "trimmed, empty lines dropped";
  EXPECT_EQ(v.postal_code, "00100");
  EXPECT_EQ(v.country, "FI");
  EXPECT_EQ(v.uses, (std::vector<AddressUse>{AddressUse::kVisiting, AddressUse::kPostal}))
      << "deduplicated, ordered";
}

TEST(AddressValidation, StreetNeedsOneToThreeLines) {
  auto none = Valid();
  none.street = {" ", ""};
  EXPECT_TRUE(HasError(NormalizeAddressValues(none), "street"));
  auto four = Valid();
  four.street = {"a", "b", "c", "d"};
  EXPECT_TRUE(HasError(NormalizeAddressValues(four), "street"));
  auto three = Valid();
  three.street = {"a", "b", "c"};
  EXPECT_TRUE(NormalizeAddressValues(three).empty());
  auto long_line = Valid();
  long_line.street = {std::string(201, 'x')};
  EXPECT_TRUE(HasError(NormalizeAddressValues(long_line), "street"));
  auto control = Valid();
  control.street = {"a\tb"};
  EXPECT_TRUE(HasError(NormalizeAddressValues(control), "street"));
}

TEST(AddressValidation, RefusesBadCountryPostalCodePhoneAndLongCity) {
  auto v = Valid();
  v.country = "XX";
  v.postal_code = "00100;DROP";
  v.phone = "call me";
  v.city = std::string(101, 'c');
  v.region = std::string(101, 'r');
  auto errors = NormalizeAddressValues(v);
  for (const char* field : {"country", "postalCode", "phone", "city", "region"}) {
    EXPECT_TRUE(HasError(errors, field)) << field;
  }
}

TEST(AddressValidation, EmptyOptionalTextBecomesAbsent) {
  auto v = Valid();
  v.city = "  ";
  v.phone = "";
  EXPECT_TRUE(NormalizeAddressValues(v).empty());
  EXPECT_FALSE(v.city.has_value());
  EXPECT_FALSE(v.phone.has_value());
}

TEST(AddressValidation, UsesAreTheFourKnownNames) {
  std::vector<AddressUse> uses;
  EXPECT_TRUE(ParseUses({"visiting", "postal", "billing", "delivery"}, uses).empty());
  EXPECT_EQ(uses.size(), 4u);
  EXPECT_TRUE(HasError(ParseUses({"postal", "Postal"}, uses), "uses"));
  EXPECT_TRUE(HasError(ParseUses({"home"}, uses), "uses"));
  for (auto use : kAllUses) EXPECT_EQ(ParseUse(UseName(use)), use);
}

TEST(AddressValidation, NewAddressNeedsAStreet) {
  AddressValues v;
  EXPECT_TRUE(HasError(FromNewAddress(NewAddress{}, v), "street"));
}

TEST(AddressValidation, PatchClearsOptionalFieldsButNotTheStreet) {
  auto v = Valid();
  NormalizeAddressValues(v);
  AddressPatch p;
  p.city = {true, std::nullopt};
  p.uses = {true, std::vector<std::string>{"billing"}};
  EXPECT_TRUE(ApplyPatch(p, v).empty());
  EXPECT_FALSE(v.city.has_value());
  EXPECT_EQ(v.uses, (std::vector<AddressUse>{AddressUse::kBilling}));
  AddressPatch null_street;
  null_street.street = {true, std::nullopt};
  EXPECT_TRUE(HasError(ApplyPatch(null_street, v), "street"));
}

TEST(AddressValidation, DiffNamesChangedFieldsForTheAuditLog) {
  auto a = Valid();
  NormalizeAddressValues(a);
  auto b = a;
  b.city = "Espoo";
  b.uses = {AddressUse::kBilling};
  auto changes = Diff(a, b);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "city");
  EXPECT_EQ(changes[0].old_value, "Helsinki");
  EXPECT_EQ(changes[1].field, "uses");
  EXPECT_EQ(changes[1].old_value, "visiting, postal");
  EXPECT_EQ(changes[1].new_value, "billing");
  EXPECT_EQ(OneLine(a), "Mannerheimintie 1, B 12, 00100 Helsinki, FI");
}

}  // namespace
}  // namespace clientele::addresses
