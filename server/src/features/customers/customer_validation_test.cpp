#include "features/customers/customer_validation.hpp"

#include <gtest/gtest.h>

namespace clientele::customers {
namespace {

CustomerValues Valid() {
  CustomerValues v;
  v.number = 1001;
  v.name = "  Oy Nokia Ab ";
  v.country = "fi";
  v.vat_number = "0112038-9";
  v.website = "www.nokia.com";
  v.email = " info@nokia.com ";
  v.phone = "+358 10 44 88 000";
  return v;
}

bool HasError(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(CustomerValidation, NormalizesValidValues) {
  auto v = Valid();
  EXPECT_TRUE(NormalizeCustomerValues(v).empty());
  EXPECT_EQ(v.name, "Oy Nokia Ab");
  EXPECT_EQ(v.country, "FI");
  EXPECT_EQ(v.vat_number, "FI01120389");
  EXPECT_EQ(v.website, "https://www.nokia.com");
  EXPECT_EQ(v.email, "info@nokia.com");
}

TEST(CustomerValidation, EmptyOptionalTextBecomesAbsent) {
  auto v = Valid();
  v.industry = "   ";
  v.vat_number = "";
  EXPECT_TRUE(NormalizeCustomerValues(v).empty());
  EXPECT_FALSE(v.industry.has_value());
  EXPECT_FALSE(v.vat_number.has_value());
}

TEST(CustomerValidation, NamesEveryRejectedField) {
  auto v = Valid();
  v.name = " ";
  v.number = 0;
  v.country = "XX";
  v.vat_number = "FI01120388";
  v.email = "nope";
  v.website = "javascript:alert(1)";
  v.phone = "call me";
  auto errors = NormalizeCustomerValues(v);
  for (const char* field : {"name", "number", "country", "vatNumber", "email", "website", "phone"}) {
    EXPECT_TRUE(HasError(errors, field)) << field;
  }
}

TEST(CustomerValidation, RefusesAName201CharactersLong) {
  auto v = Valid();
  v.name = std::string(201, 'x');
  EXPECT_TRUE(HasError(NormalizeCustomerValues(v), "name"));
}

TEST(CustomerValidation, PatchClearsOptionalFieldsAndRefusesNullRequiredOnes) {
  auto v = Valid();
  CustomerPatch p;
  p.email = {true, std::nullopt};
  p.name = {true, std::nullopt};
  auto errors = ApplyPatch(p, v);
  EXPECT_FALSE(v.email.has_value());
  EXPECT_TRUE(HasError(errors, "name"));
}

TEST(CustomerValidation, DiffListsOnlyChangedFields) {
  auto a = Valid();
  auto b = a;
  b.name = "Nokia Oyj";
  b.account_owner = UserId(7);
  auto changes = Diff(a, b);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "name");
  EXPECT_EQ(changes[1].field, "accountOwnerId");
  EXPECT_EQ(changes[1].new_value, "7");
}

}  // namespace
}  // namespace clientele::customers
