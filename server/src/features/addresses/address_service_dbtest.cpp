#include "features/addresses/address_service.hpp"

#include <gtest/gtest.h>

#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::addresses {
namespace {

/// The functions other features (the registry update) call inside their own transaction.
class AddressUpsertTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(database_.db());
    auto org = users.CreateOrganization("Acme").value();
    auto admin = users.CreateUserInOrganization(
        "Acme", "Administrator", users::NewUser{"a@acme.test", "Aino", RoleId(), "a-long-password"});
    caller_.org = org.id;
    caller_.user = admin.value().id;
    caller_.user_name = "Aino";
    caller_.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kAdministrator);
    customers::NewCustomer c;
    c.name = "Oy Nokia Ab";
    customer_ = customers_.Create(caller_, c).value().id;
  }
  AddressValues Place(const std::string& street, const std::string& city) {
    AddressValues v;
    v.street = {street};
    v.postal_code = "00100";
    v.city = city;
    v.country = "fi";
    return v;
  }
  /// Runs `f` in a write transaction, as the calling feature would.
  template <class F>
  Result<Address> InTransaction(F&& f) {
    return database_.db().Write([&](soci::session& sql) { return f(sql); });
  }
  std::vector<Address> List() {
    return database_.db().Read(
        [&](soci::session& sql) { return service_.ListForCustomer(sql, caller_.org, customer_); });
  }

  testing::TestDatabase database_;
  customers::CustomerService customers_{database_.db()};
  AddressService service_{database_.db(), customers_};
  auth::Principal caller_;
  CustomerId customer_;
};

TEST_F(AddressUpsertTest, UpsertHeadquartersCreatesTheFirstAddressThenUpdatesIt) {
  auto created = InTransaction([&](soci::session& sql) {
    return service_.UpsertHeadquarters(sql, caller_, customer_, Place("Karaportti 3", "Espoo"), "registry");
  });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_TRUE(created->is_headquarters);
  EXPECT_EQ(created->values.country, "FI") << "normalized";
  auto with_uses = Place("Karaportti 3", "Espoo");
  with_uses.uses = {AddressUse::kVisiting};
  with_uses.phone = "+358 10 1";
  ASSERT_TRUE(InTransaction([&](soci::session& sql) {
                return service_.UpsertHeadquarters(sql, caller_, customer_, with_uses, "registry");
              }).ok());
  auto moved = InTransaction([&](soci::session& sql) {
    return service_.UpsertHeadquarters(sql, caller_, customer_, Place("Keilalahdentie 2", "Espoo"),
                                       "registry");
  });
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->id, created->id) << "the same headquarters, moved";
  EXPECT_EQ(moved->values.street, std::vector<std::string>{"Keilalahdentie 2"});
  EXPECT_EQ(moved->values.uses, std::vector<AddressUse>{AddressUse::kVisiting}) << "uses are kept";
  EXPECT_EQ(moved->values.phone, "+358 10 1") << "a phone the registry did not send is kept";
  EXPECT_EQ(List().size(), 1u);
  audit::AuditRepository audit;
  auto history = database_.db().Read([&](soci::session& sql) {
    return audit.List(sql, caller_.org, "address", created->id.value, 10, std::nullopt);
  });
  ASSERT_FALSE(history.empty());
  EXPECT_EQ(history.front().field, "street");
  EXPECT_EQ(history.front().source, "registry");
  EXPECT_EQ(history.back().field, "created");
}

TEST_F(AddressUpsertTest, UpsertForUseCreatesUpdatesAndSplitsAddresses) {
  auto hq = InTransaction([&](soci::session& sql) {
    auto v = Place("Karaportti 3", "Espoo");
    v.uses = {AddressUse::kVisiting};
    return service_.UpsertForUse(sql, caller_, customer_, AddressUse::kPostal, v, "registry");
  });
  ASSERT_TRUE(hq.ok());
  EXPECT_TRUE(hq->is_headquarters) << "the first address of a customer";
  EXPECT_EQ(hq->values.uses, (std::vector<AddressUse>{AddressUse::kVisiting, AddressUse::kPostal}));
  // The postal address moves to a PO box: the headquarters keeps being the visiting address.
  auto po_box = InTransaction([&](soci::session& sql) {
    return service_.UpsertForUse(sql, caller_, customer_, AddressUse::kPostal, Place("PL 226", "Nokia Group"),
                                 "registry");
  });
  ASSERT_TRUE(po_box.ok());
  EXPECT_NE(po_box->id, hq->id);
  EXPECT_FALSE(po_box->is_headquarters);
  auto list = List();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].values.uses, std::vector<AddressUse>{AddressUse::kVisiting});
  EXPECT_EQ(list[1].values.uses, std::vector<AddressUse>{AddressUse::kPostal});
  // A postal-only address is updated in place.
  auto changed = InTransaction([&](soci::session& sql) {
    return service_.UpsertForUse(sql, caller_, customer_, AddressUse::kPostal, Place("PL 300", "Nokia Group"),
                                 "registry");
  });
  EXPECT_EQ(changed->id, po_box->id);
  EXPECT_EQ(changed->values.street, std::vector<std::string>{"PL 300"});
  // Billing at the headquarters' place reuses the headquarters.
  auto billing = InTransaction([&](soci::session& sql) {
    return service_.UpsertForUse(sql, caller_, customer_, AddressUse::kBilling,
                                 Place("Karaportti 3", "Espoo"), "registry");
  });
  EXPECT_EQ(billing->id, hq->id);
  EXPECT_EQ(billing->values.uses, (std::vector<AddressUse>{AddressUse::kVisiting, AddressUse::kBilling}));
  EXPECT_EQ(List().size(), 2u);
  int headquarters = 0;
  for (const auto& a : List()) headquarters += a.is_headquarters ? 1 : 0;
  EXPECT_EQ(headquarters, 1);
}

TEST_F(AddressUpsertTest, UpsertsCheckRightsAndValues) {
  auth::Principal reader = caller_;
  reader.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kReadOnly);
  auto refused = InTransaction([&](soci::session& sql) {
    return service_.UpsertHeadquarters(sql, reader, customer_, Place("Karaportti 3", "Espoo"), "registry");
  });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  auto invalid = InTransaction([&](soci::session& sql) {
    return service_.UpsertForUse(sql, caller_, customer_, AddressUse::kPostal, Place("", "Espoo"),
                                 "registry");
  });
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().code, ErrorCode::kValidationFailed);
  auto foreign = InTransaction([&](soci::session& sql) {
    return service_.UpsertHeadquarters(sql, caller_, CustomerId(customer_.value + 999), Place("X", "Y"),
                                       "registry");
  });
  EXPECT_EQ(foreign.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(List().empty()) << "nothing written";
}

}  // namespace
}  // namespace clientele::addresses
