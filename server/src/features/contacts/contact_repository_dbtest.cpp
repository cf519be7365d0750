#include "features/contacts/contact_repository.hpp"

#include <gtest/gtest.h>

#include "features/addresses/address_repository.hpp"
#include "features/contacts/picklist_repository.hpp"
#include "features/customers/customer_repository.hpp"
#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::contacts {
namespace {

class ContactRepositoryTest : public ::testing::Test {
 protected:
  template <class F>
  auto Run(F&& f) {
    return db().Read(std::forward<F>(f));
  }
  db::Database& db() { return database_.db(); }
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
    customers::CustomerRepository customers(db().kind());
    customer_ = Run([&](soci::session& sql) { return customers.Insert(sql, org_, c, user_, "t"); });
    vip_ = Run([&](soci::session& sql) {
      return picklists_.Insert(sql, org_, PicklistKind::kKeyword, "VIP", user_, "t");
    });
    xmas_ = Run([&](soci::session& sql) {
      return picklists_.Insert(sql, org_, PicklistKind::kKeyword, "Christmas card", user_, "t");
    });
    role_ = Run([&](soci::session& sql) {
      return picklists_.Insert(sql, org_, PicklistKind::kContactRole, "Decision maker", user_, "t");
    });
  }
  ContactValues Values(const std::string& first, const std::string& last) {
    ContactValues v;
    v.first_name = first;
    v.last_name = last;
    v.email = first + "@nokia.com";
    return v;
  }

  testing::TestDatabase database_;
  ContactRepository repo_;
  PicklistRepository picklists_;
  OrgId org_;
  UserId user_;
  CustomerId customer_;
  std::int64_t vip_ = 0, xmas_ = 0, role_ = 0;
};

TEST_F(ContactRepositoryTest, RoundTripsEveryFieldWithKeywordsAndRole) {
  addresses::AddressRepository addresses(db().kind());
  addresses::AddressValues a;
  a.street = {"Karaportti 3"};
  auto address =
      Run([&](soci::session& sql) { return addresses.Insert(sql, org_, customer_, a, true, user_, "t"); });
  ContactValues v = Values("Anna", "Virtanen");
  v.title = "CFO";
  v.mobile_phone = "+358 40 1";
  v.work_phone = "+358 9 2";
  v.role = ContactRoleId(role_);
  v.keywords = {KeywordId(vip_), KeywordId(xmas_)};
  v.address = *address;
  v.language = "fi";
  v.notes = "Line one\nLine two";
  auto id = Run([&](soci::session& sql) {
    return repo_.Insert(sql, org_, customer_, v, user_, "2026-11-27T10:00:00Z");
  });
  auto found = Run([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->customer, customer_);
  EXPECT_EQ(found->values.first_name, "Anna");
  EXPECT_EQ(found->values.title, "CFO");
  EXPECT_EQ(found->values.work_phone, "+358 9 2");
  EXPECT_EQ(found->role_name, "Decision maker");
  EXPECT_EQ(found->values.address, *address);
  EXPECT_EQ(found->values.notes, "Line one\nLine two");
  EXPECT_EQ(found->values.language, "fi");
  ASSERT_EQ(found->keywords.size(), 2u);
  EXPECT_EQ(found->keywords[0].name, "Christmas card") << "keywords by name";
  EXPECT_EQ(found->keywords[1].name, "VIP");
  EXPECT_EQ(found->values.keywords, (std::vector<KeywordId>{KeywordId(vip_), KeywordId(xmas_)}));
  EXPECT_TRUE(found->is_active);
  EXPECT_EQ(found->created_at, "2026-11-27T10:00:00Z");
  EXPECT_FALSE(
      Run([&](soci::session& sql) { return repo_.Find(sql, OrgId(org_.value + 1), id); }).has_value());

  v.keywords = {KeywordId(xmas_)};
  v.role.reset();
  EXPECT_TRUE(Run([&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t2"); }));
  EXPECT_FALSE(Run([&](soci::session& sql) { return repo_.Update(sql, org_, id, 1, v, user_, "t3"); }));
  found = Run([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
  EXPECT_EQ(found->version, 2);
  ASSERT_EQ(found->keywords.size(), 1u);
  EXPECT_EQ(found->keywords[0].name, "Christmas card");
  EXPECT_FALSE(found->role_name.has_value());

  auto released = Run([&](soci::session& sql) {
    return repo_.ClearAddress(sql, org_, customer_, address->value, user_, "t4");
  });
  EXPECT_EQ(released, std::vector<ContactId>{id});
  EXPECT_FALSE(
      Run([&](soci::session& sql) { return repo_.Find(sql, org_, id); })->values.address.has_value());

  Run([&](soci::session& sql) {
    repo_.Delete(sql, org_, id);
    return 0;
  });
  EXPECT_FALSE(Run([&](soci::session& sql) { return repo_.Find(sql, org_, id); }).has_value());
  EXPECT_EQ(Run([&](soci::session& sql) {
              return picklists_.Find(sql, org_, PicklistKind::kKeyword, xmas_);
            })->usage_count,
            0);
}

TEST_F(ContactRepositoryTest, ListsByKeysetAndSearchesNamesAndEmail) {
  const char* names[][2] = {{"Delta", "Dahl"}, {"alpha", "Zorn"}, {"Charlie", "Berg"}, {"Bravo", "Aho"}};
  for (auto& n : names) {
    Run([&](soci::session& sql) {
      return repo_.Insert(sql, org_, customer_, Values(n[0], n[1]), user_, "t");
    });
  }
  ContactQuery query;
  auto first =
      Run([&](soci::session& sql) { return repo_.List(sql, org_, customer_, query, 2, std::nullopt); });
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].values.first_name, "alpha");
  EXPECT_EQ(first[1].values.first_name, "Bravo");
  ContactKey after{"bravo aho", first[1].id.value};
  auto rest = Run([&](soci::session& sql) { return repo_.List(sql, org_, customer_, query, 10, after); });
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].values.first_name, "Charlie");
  query.sort = ContactSort::kLastNameAsc;
  auto by_last =
      Run([&](soci::session& sql) { return repo_.List(sql, org_, customer_, query, 10, std::nullopt); });
  EXPECT_EQ(by_last[0].values.last_name, "Aho");
  EXPECT_EQ(by_last[3].values.last_name, "Zorn");
  query.q = "ARLIE@NOK";
  auto found =
      Run([&](soci::session& sql) { return repo_.List(sql, org_, customer_, query, 10, std::nullopt); });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].values.first_name, "Charlie");
}

TEST_F(ContactRepositoryTest, MovingAndRemovingAKeywordChangesItsContacts) {
  ContactValues both = Values("Anna", "A");
  both.keywords = {KeywordId(vip_), KeywordId(xmas_)};
  ContactValues only_vip = Values("Bo", "B");
  only_vip.keywords = {KeywordId(vip_)};
  auto a = Run([&](soci::session& sql) { return repo_.Insert(sql, org_, customer_, both, user_, "t"); });
  auto b = Run([&](soci::session& sql) { return repo_.Insert(sql, org_, customer_, only_vip, user_, "t"); });
  Run([&](soci::session& sql) {
    picklists_.MoveUsage(sql, org_, PicklistKind::kKeyword, vip_, xmas_, user_, "t2");
    return 0;
  });
  for (auto id : {a, b}) {
    auto c = Run([&](soci::session& sql) { return repo_.Find(sql, org_, id); });
    EXPECT_EQ(c->values.keywords, std::vector<KeywordId>{KeywordId(xmas_)});
    EXPECT_EQ(c->version, 2) << "moving changes the contact";
  }
  Run([&](soci::session& sql) {
    picklists_.RemoveUsage(sql, org_, PicklistKind::kKeyword, xmas_, user_, "t3");
    return 0;
  });
  EXPECT_TRUE(Run([&](soci::session& sql) { return repo_.Find(sql, org_, a); })->keywords.empty());
}

}  // namespace
}  // namespace clientele::contacts
