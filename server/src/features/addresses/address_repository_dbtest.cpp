#include "features/addresses/address_repository.hpp"

#include <gtest/gtest.h>

#include "features/customers/customer_repository.hpp"
#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::addresses {
namespace {

class AddressRepositoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(database_.db());
    org_ = users.CreateOrganization("Acme").value().id;
    user_ = users
                .CreateUserInOrganization("Acme", "Administrator",
                                          users::NewUser{"a@acme.test", "Aino", RoleId(), "a-long-password"})
                .value()
                .id;
    customers::CustomerValues c;
    c.name = "Oy Nokia Ab";
    c.number = 1;
    customers::CustomerRepository customers(database_.db().kind());
    customer_ =
        database_.db().Read([&](soci::session& sql) { return customers.Insert(sql, org_, c, user_, "t"); });
  }
  AddressValues Values(const std::string& street) {
    AddressValues v;
    v.street = {street, "PL 226"};
    v.postal_code = "02610";
    v.city = "Espoo";
    v.country = "FI";
    v.uses = {AddressUse::kVisiting, AddressUse::kBilling};
    return v;
  }
  std::optional<AddressId> Insert(const std::string& street, bool hq) {
    return database_.db().Read([&](soci::session& sql) {
      return repo_.Insert(sql, org_, customer_, Values(street), hq, user_, "t");
    });
  }
  testing::TestDatabase database_;
  AddressRepository repo_{database_.db().kind()};
  OrgId org_;
  UserId user_;
  CustomerId customer_;
};

TEST_F(AddressRepositoryTest, RoundTripsEveryField) {
  auto id = Insert("Karaportti 3", true);
  ASSERT_TRUE(id.has_value());
  auto found = database_.db().Read([&](soci::session& sql) { return repo_.Find(sql, org_, *id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->customer, customer_);
  EXPECT_EQ(found->values.street, (std::vector<std::string>{"Karaportti 3", "PL 226"}));
  EXPECT_EQ(found->values.postal_code, "02610");
  EXPECT_EQ(found->values.city, "Espoo");
  EXPECT_FALSE(found->values.region.has_value());
  EXPECT_EQ(found->values.uses, (std::vector<AddressUse>{AddressUse::kVisiting, AddressUse::kBilling}));
  EXPECT_TRUE(found->is_headquarters);
  EXPECT_EQ(found->created_by.name, "Aino");
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(
      database_.db().Read([&](soci::session& sql) { return repo_.Find(sql, OrgId(org_.value + 1), *id); }));
}

TEST_F(AddressRepositoryTest, ASecondHeadquartersInsertIsSkipped) {
  ASSERT_TRUE(Insert("First", true).has_value());
  EXPECT_FALSE(Insert("Second", true).has_value()) << "the partial unique index allows one headquarters";
  EXPECT_TRUE(Insert("Third", false).has_value());
  auto list =
      database_.db().Read([&](soci::session& sql) { return repo_.ListForCustomer(sql, org_, customer_); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].values.street[0], "First");
  EXPECT_TRUE(list[0].is_headquarters);
  EXPECT_FALSE(list[1].is_headquarters);
}

TEST_F(AddressRepositoryTest, TheSchemaRefusesTwoHeadquarters) {
  auto first = Insert("First", true);
  auto second = Insert("Second", false);
  auto set_second = [&] {
    database_.db().Read([&](soci::session& sql) {
      repo_.SetHeadquarters(sql, org_, *second, true, user_, "t2");
      return 0;
    });
  };
  EXPECT_THROW(set_second(), soci::soci_error);
  database_.db().Read([&](soci::session& sql) {
    repo_.SetHeadquarters(sql, org_, *first, false, user_, "t2");
    repo_.SetHeadquarters(sql, org_, *second, true, user_, "t2");
    return 0;
  });
  auto list =
      database_.db().Read([&](soci::session& sql) { return repo_.ListForCustomer(sql, org_, customer_); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, *second) << "the headquarters comes first";
  EXPECT_EQ(list[0].version, 2);
  EXPECT_EQ(list[1].id, *first);
}

TEST_F(AddressRepositoryTest, UpdateRefusesAStaleVersion) {
  auto id = *Insert("First", true);
  auto v = Values("Renamed 1");
  v.street = {"Renamed 1"};
  v.phone = "+358 9 1";
  EXPECT_TRUE(database_.db().Read(
      [&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t2"); }));
  EXPECT_FALSE(database_.db().Read(
      [&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t3"); }));
  auto found = database_.db().Read([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
  EXPECT_EQ(found->values.street, (std::vector<std::string>{"Renamed 1"}));
  EXPECT_EQ(found->values.phone, "+358 9 1");
  EXPECT_EQ(found->version, 2);
  EXPECT_EQ(
      database_.db().Read([&](soci::session& sql) { return repo_.CountForCustomer(sql, org_, customer_); }),
      1);
}

}  // namespace
}  // namespace clientele::addresses
