#include "features/customers/customer_service.hpp"

#include <gtest/gtest.h>

#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::customers {
namespace {

/// UpdateWithin: the customer update that other features run inside their own transaction.
class CustomerUpdateWithinTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(database_.db());
    caller_.org = users.CreateOrganization("Acme").value().id;
    caller_.user =
        users
            .CreateUserInOrganization("Acme", "Administrator",
                                      users::NewUser{"a@acme.test", "Aino", RoleId(), "a-long-password"})
            .value()
            .id;
    caller_.user_name = "Aino";
    caller_.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kAdministrator);
    NewCustomer input;
    input.name = "Oy Nokia Ab";
    input.website = "http://old.nokia.example";
    id_ = service_.Create(caller_, input).value().id;
  }
  CustomerPatch WebsitePatch() {
    CustomerPatch patch;
    patch.version = 1;
    patch.website = {true, "www.nokia.com"};
    return patch;
  }

  testing::TestDatabase database_;
  CustomerService service_{database_.db()};
  auth::Principal caller_;
  CustomerId id_;
};

TEST_F(CustomerUpdateWithinTest, RecordsTheGivenSourceInTheHistory) {
  auto updated = database_.db().Write([&](soci::session& sql) {
    return service_.UpdateWithin(sql, caller_, id_, WebsitePatch(), "registry:PRH");
  });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->values.website, "https://www.nokia.com");
  EXPECT_EQ(updated->version, 2);
  auto history = service_.History(caller_, id_, PageRequest{}).value().items;
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].field, "website");
  EXPECT_EQ(history[0].source, "registry:PRH");
  EXPECT_EQ(history[1].field, "created");
  EXPECT_EQ(history[1].source, "user");
}

TEST_F(CustomerUpdateWithinTest, IsUndoneWithTheCallersTransaction) {
  auto result = database_.db().Write([&](soci::session& sql) -> Status {
    CLIENTELE_CHECK(service_.UpdateWithin(sql, caller_, id_, WebsitePatch(), "registry:PRH"));
    return Error::Conflict("a later step of the caller failed");
  });
  ASSERT_FALSE(result.ok());
  auto customer = service_.Get(caller_, id_).value();
  EXPECT_EQ(customer.values.website, "http://old.nokia.example");
  EXPECT_EQ(customer.version, 1);
  EXPECT_EQ(service_.History(caller_, id_, PageRequest{}).value().items.size(), 1u);
}

TEST_F(CustomerUpdateWithinTest, ChecksRightsAndVersionLikeUpdate) {
  auto stale = WebsitePatch();
  stale.version = 7;
  auto conflict = database_.db().Write(
      [&](soci::session& sql) { return service_.UpdateWithin(sql, caller_, id_, stale, "registry:PRH"); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  auth::Principal reader = caller_;
  reader.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kReadOnly);
  auto forbidden = database_.db().Write([&](soci::session& sql) {
    return service_.UpdateWithin(sql, reader, id_, WebsitePatch(), "registry:PRH");
  });
  ASSERT_FALSE(forbidden.ok());
  EXPECT_EQ(forbidden.error().code, ErrorCode::kForbidden);
}

}  // namespace
}  // namespace clientele::customers
