#include "features/customers/customer_repository.hpp"

#include <gtest/gtest.h>

#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::customers {
namespace {

class CustomerRepositoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(database_.db());
    org_ = users.CreateOrganization("Acme").value().id;
    user_ = users
                .CreateUserInOrganization("Acme", "Administrator",
                                          users::NewUser{"a@acme.test", "Aino", RoleId(), "a-long-password"})
                .value()
                .id;
  }
  CustomerValues Values(const std::string& name, std::int64_t number) {
    CustomerValues v;
    v.name = name;
    v.number = number;
    v.country = "FI";
    v.email = "info@example.fi";
    return v;
  }
  testing::TestDatabase database_;
  CustomerRepository repo_{database_.db().kind()};
  OrgId org_;
  UserId user_;
};

TEST_F(CustomerRepositoryTest, RoundTripsEveryField) {
  auto& db = database_.db();
  CustomerValues v = Values("Oy Nokia Ab", 1001);
  v.vat_number = "FI01120389";
  v.account_owner = user_;
  v.website = "https://www.nokia.com";
  v.phone = "+358 10 44 88 000";
  v.industry = "Telecom";
  auto id =
      db.Read([&](soci::session& sql) { return repo_.Insert(sql, org_, v, user_, "2026-11-27T10:00:00Z"); });
  auto found = db.Read([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->values.name, "Oy Nokia Ab");
  EXPECT_EQ(found->values.vat_number, "FI01120389");
  EXPECT_EQ(found->values.account_owner, user_);
  EXPECT_EQ(found->account_owner->name, "Aino");
  EXPECT_EQ(found->values.website, "https://www.nokia.com");
  EXPECT_EQ(found->values.phone, "+358 10 44 88 000");
  EXPECT_EQ(found->created_at, "2026-11-27T10:00:00Z");
  EXPECT_EQ(found->created_by.name, "Aino");
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(
      db.Read([&](soci::session& sql) { return repo_.Find(sql, OrgId(org_.value + 100), id); }).has_value());
}

TEST_F(CustomerRepositoryTest, NumbersComeInSequenceSkippingTakenOnes) {
  auto& db = database_.db();
  db.Read([&](soci::session& sql) { return repo_.Insert(sql, org_, Values("Taken", 1002), user_, "t"); });
  auto numbers = db.Read([&](soci::session& sql) {
    return std::vector<std::int64_t>{repo_.NextNumber(sql, org_), repo_.NextNumber(sql, org_),
                                     repo_.NextNumber(sql, org_)};
  });
  EXPECT_EQ(numbers, (std::vector<std::int64_t>{1001, 1003, 1004}));
}

TEST_F(CustomerRepositoryTest, UpdateRefusesAStaleVersion) {
  auto& db = database_.db();
  auto id =
      db.Read([&](soci::session& sql) { return repo_.Insert(sql, org_, Values("Acme", 1), user_, "t"); });
  auto v = Values("Acme Renamed", 1);
  EXPECT_TRUE(db.Read([&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t2"); }));
  EXPECT_FALSE(db.Read([&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t3"); }));
  auto found = db.Read([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
  EXPECT_EQ(found->version, 2);
  EXPECT_EQ(found->values.name, "Acme Renamed");
}

TEST_F(CustomerRepositoryTest, ListsByKeysetInNameOrderAndSearchesSubstrings) {
  auto& db = database_.db();
  const char* names[] = {"Delta Oy", "alpha Oy", "Charlie Ab", "Bravo AS", "Äänekosken Kone Oy"};
  std::int64_t n = 1;
  for (const char* name : names) {
    db.Read([&](soci::session& sql) { return repo_.Insert(sql, org_, Values(name, n++), user_, "t"); });
  }
  CustomerQuery query;
  auto first = db.Read([&](soci::session& sql) { return repo_.List(sql, org_, query, 2, std::nullopt); });
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].values.name, "alpha Oy");
  EXPECT_EQ(first[1].values.name, "Bravo AS");
  CustomerKey after{"bravo as", 0, first[1].id.value};
  auto second = db.Read([&](soci::session& sql) { return repo_.List(sql, org_, query, 10, after); });
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[0].values.name, "Charlie Ab");
  EXPECT_EQ(second[2].values.name, "Äänekosken Kone Oy");
  query.q = "KOSK";
  auto found = db.Read([&](soci::session& sql) { return repo_.List(sql, org_, query, 10, std::nullopt); });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].values.name, "Äänekosken Kone Oy");
}

}  // namespace
}  // namespace clientele::customers
