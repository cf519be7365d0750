#include <gtest/gtest.h>

#include "features/addresses/address_repository.hpp"
#include "features/contacts/picklist_repository.hpp"
#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// The read-only role narrowed to its own customers (or to none), as an organization could configure it.
class ContactVisibilityTest : public ContactApiTest {
 protected:
  void SetReaderScope(const std::string& view) {
    auto done = server_.db().Write([&](soci::session& sql) {
      sql << "UPDATE roles SET customers_view = :view, customers_edit = 'none' WHERE name = 'Read-only'",
          soci::use(view, "view");
      return Status(Ok());
    });
    ASSERT_TRUE(done.ok());
  }
  long long MeId(ApiClient& client) { return client.Get("/api/v1/me").json()["user"]["id"].get<long long>(); }
};

TEST_F(ContactVisibilityTest, MailingListsShowOnlyTheCustomersTheCallerMaySee) {
  auto reader = server_.SignedIn("reader@acme.test");
  auto own = Create({{"name", "Reader's Oy"}, {"accountOwnerId", MeId(reader)}});
  auto vip = AddKeyword("VIP");
  // Interleaved, so that pages of the caller's contacts are made of skipped rows too.
  std::vector<std::string> expected;
  for (int i = 0; i < 4; ++i) {
    AddContact(customer_, {{"firstName", "Hidden" + std::to_string(i)}, {"keywordIds", {vip["id"]}}});
    auto c = AddContact(own, {{"firstName", "Visible" + std::to_string(i)}, {"keywordIds", {vip["id"]}}});
    expected.push_back(c["name"]);
  }
  SetReaderScope("own");
  const std::string list = "/api/v1/contacts?keyword=" + std::to_string(IdOf(vip));
  std::vector<std::string> seen;
  std::string next = list + "&limit=1";
  for (int pages = 0; pages < 10; ++pages) {
    auto page = reader.Get(next).json();
    for (const auto& c : page["items"]) {
      seen.push_back(c["name"]);
      EXPECT_EQ(c["customerName"], "Reader's Oy");
    }
    if (page["nextCursor"].is_null()) break;
    next = list + "&limit=1&cursor=" + page["nextCursor"].get<std::string>();
  }
  EXPECT_EQ(seen, expected);
  auto csv = reader.Get(list + "&format=csv");
  EXPECT_EQ(csv.header("x-record-count"), "4");
  EXPECT_EQ(csv.body.find("Hidden"), std::string::npos);
  EXPECT_EQ(admin().Get(list).json()["items"].size(), 8u) << "the administrator sees all";
}

TEST_F(ContactVisibilityTest, ContactsOfCustomersOutOfViewAre403) {
  auto c = AddContact(customer_, {{"firstName", "Anna"}});
  AddAddress(customer_, "HQ");
  SetReaderScope("own");
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/contacts").status, 403);
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/addresses").status, 403);
  EXPECT_EQ(reader.Get(ContactPath(c)).status, 403);
  EXPECT_EQ(reader.Get(ContactPath(c) + "/vcard").status, 403);
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/contacts/vcard").status, 403);
  SetReaderScope("none");
  EXPECT_EQ(reader.Get("/api/v1/contacts").status, 403);
  EXPECT_EQ(reader.Get("/api/v1/contacts?format=csv").status, 403);
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/contacts").status, 403);
  EXPECT_EQ(reader.Get("/api/v1/settings/keywords").status, 200) << "pickers work for everyone";
}

TEST_F(ContactVisibilityTest, ACustomerHasAtMost100Addresses) {
  addresses::AddressRepository repo(server_.db().kind());
  const OrgId org(admin().Get("/api/v1/me").json()["org"]["id"].get<long long>());
  auto done = server_.db().Write([&](soci::session& sql) {
    addresses::AddressValues v;
    v.street = {"Street"};
    for (int i = 0; i < addresses::kMaxAddressesPerCustomer; ++i) {
      (void)repo.Insert(sql, org, CustomerId(IdOf(customer_)), v, i == 0, UserId(admin_id_), "t");
    }
    return Status(Ok());
  });
  ASSERT_TRUE(done.ok());
  auto r = admin().Post(PathOf(customer_) + "/addresses", {{"street", {"One too many"}}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(Addresses(customer_).size(), 100u);
}

TEST_F(ContactVisibilityTest, AnOrganizationHasAtMost1000Keywords) {
  contacts::PicklistRepository repo;
  const OrgId org(admin().Get("/api/v1/me").json()["org"]["id"].get<long long>());
  auto done = server_.db().Write([&](soci::session& sql) {
    for (int i = 0; i < contacts::kMaxPicklistItems; ++i) {
      repo.Insert(sql, org, contacts::PicklistKind::kKeyword, "Keyword " + std::to_string(i),
                  UserId(admin_id_), "t");
    }
    return Status(Ok());
  });
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(admin().Post("/api/v1/settings/keywords", {{"name", "One too many"}}).status, 409);
  EXPECT_EQ(admin().Post("/api/v1/settings/contact-roles", {{"name", "Roles have their own limit"}}).status,
            201);
}

}  // namespace
}  // namespace clientele::testing
