#include <gtest/gtest.h>

#include <thread>

#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using AddressesTest = ContactApiTest;
using nlohmann::json;

int Headquarters(const json& items) {
  int n = 0;
  for (const auto& a : items) n += a["isHeadquarters"].get<bool>() ? 1 : 0;
  return n;
}

TEST_F(AddressesTest, TheFirstAddressBecomesTheHeadquartersAndListsFirst) {
  auto first = AddAddress(
      customer_, "Karaportti 3",
      {{"postalCode", "02610"}, {"city", "Espoo"}, {"country", "fi"}, {"uses", {"postal", "visiting"}}});
  EXPECT_TRUE(first["isHeadquarters"].get<bool>());
  EXPECT_EQ(first["street"], json({"Karaportti 3"}));
  EXPECT_EQ(first["country"], "FI");
  EXPECT_EQ(first["uses"], json({"visiting", "postal"}));
  EXPECT_EQ(first["customerId"], customer_["id"]);
  EXPECT_EQ(first["version"], 1);
  EXPECT_EQ(first["createdBy"]["name"], "admin@acme.test");
  auto second = AddAddress(customer_, "Second street");
  EXPECT_FALSE(second["isHeadquarters"].get<bool>());
  auto third = AddAddress(customer_, "Third street");
  auto items = Addresses(customer_);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]["id"], first["id"]);
  EXPECT_EQ(items[1]["id"], second["id"]);
  EXPECT_EQ(items[2]["id"], third["id"]);
  EXPECT_EQ(Headquarters(items), 1);
}

TEST_F(AddressesTest, MakeHeadquartersMovesItAndTheListFollows) {
  auto first = AddAddress(customer_, "First");
  auto second = AddAddress(customer_, "Second");
  auto r = admin().Post(AddressPath(second) + "/make-headquarters", {{"version", 1}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json()["isHeadquarters"].get<bool>());
  EXPECT_EQ(r.json()["version"], 2);
  auto items = Addresses(customer_);
  EXPECT_EQ(items[0]["id"], second["id"]);
  EXPECT_FALSE(items[1]["isHeadquarters"].get<bool>());
  EXPECT_EQ(items[1]["version"], 2) << "the old headquarters changed too";
  EXPECT_EQ(Headquarters(items), 1);
  auto again = admin().Post(AddressPath(second) + "/make-headquarters", {{"version", 2}});
  EXPECT_EQ(again.status, 200) << "already the headquarters: nothing to do";
  auto stale = admin().Post(AddressPath(first) + "/make-headquarters", {{"version", 1}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  auto missing = admin().Post(AddressPath(first) + "/make-headquarters", json::object());
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("version"));
}

TEST_F(AddressesTest, TheHeadquartersCanOnlyBeDeletedLast) {
  auto first = AddAddress(customer_, "First");
  auto second = AddAddress(customer_, "Second");
  auto refused = admin().Delete(AddressPath(first));
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.json()["error"]["message"].get<std::string>().find("choose another headquarters first"),
            std::string::npos);
  EXPECT_EQ(admin().Delete(AddressPath(second)).status, 204);
  EXPECT_EQ(admin().Delete(AddressPath(first)).status, 204) << "the last address may go";
  EXPECT_TRUE(Addresses(customer_).empty());
  EXPECT_EQ(admin().Delete(AddressPath(first)).status, 404);
  auto fresh = AddAddress(customer_, "Fresh start");
  EXPECT_TRUE(fresh["isHeadquarters"].get<bool>())
      << "an address-less customer's next address is the headquarters";
}

TEST_F(AddressesTest, TwoConcurrentHeadquartersMovesLeaveExactlyOne) {
  for (int round = 0; round < 10; ++round) {
    auto customer = Create({{"name", "Race " + std::to_string(round)}});
    AddAddress(customer, "A");
    auto b = AddAddress(customer, "B");
    auto c = AddAddress(customer, "C");
    auto one = server_.SignedIn("admin@acme.test");
    auto two = server_.SignedIn("manager@acme.test");
    long status_b = 0, status_c = 0;
    std::thread tb([&] {
      status_b = one.Post(AddressPath(b) + "/make-headquarters", {{"version", 1}}).status;
    });
    std::thread tc([&] {
      status_c = two.Post(AddressPath(c) + "/make-headquarters", {{"version", 1}}).status;
    });
    tb.join();
    tc.join();
    EXPECT_EQ(status_b, 200);
    EXPECT_EQ(status_c, 200);
    auto items = Addresses(customer);
    EXPECT_EQ(Headquarters(items), 1) << "round " << round;
    EXPECT_TRUE(items[0]["id"] == b["id"] || items[0]["id"] == c["id"]);
  }
}

TEST_F(AddressesTest, TwoConcurrentFirstAddressesLeaveExactlyOneHeadquarters) {
  for (int round = 0; round < 5; ++round) {
    auto customer = Create({{"name", "First race " + std::to_string(round)}});
    auto one = server_.SignedIn("admin@acme.test");
    auto two = server_.SignedIn("manager@acme.test");
    long s1 = 0, s2 = 0;
    std::thread t1([&] { s1 = one.Post(PathOf(customer) + "/addresses", {{"street", {"One"}}}).status; });
    std::thread t2([&] { s2 = two.Post(PathOf(customer) + "/addresses", {{"street", {"Two"}}}).status; });
    t1.join();
    t2.join();
    EXPECT_EQ(s1, 201);
    EXPECT_EQ(s2, 201);
    auto items = Addresses(customer);
    EXPECT_EQ(items.size(), 2u);
    EXPECT_EQ(Headquarters(items), 1) << "round " << round;
  }
}

TEST_F(AddressesTest, PostCanMakeANewAddressTheHeadquarters) {
  auto first = AddAddress(customer_, "First");
  auto second = AddAddress(customer_, "Second", {{"isHeadquarters", true}});
  EXPECT_TRUE(second["isHeadquarters"].get<bool>());
  auto items = Addresses(customer_);
  EXPECT_EQ(items[0]["id"], second["id"]);
  EXPECT_EQ(Headquarters(items), 1);
}

TEST_F(AddressesTest, PatchChangesFieldsAndAStaleVersionIs409WithTheCurrentAddress) {
  auto a = AddAddress(customer_, "Karaportti 3", {{"city", "Espoo"}, {"uses", {"postal"}}});
  auto r = admin().Patch(AddressPath(a), {{"version", 1},
                                          {"street", {"Karaportti 3", "PL 226"}},
                                          {"city", nullptr},
                                          {"phone", "+358 10 44 88 000"},
                                          {"uses", {"billing", "delivery"}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["street"], json({"Karaportti 3", "PL 226"}));
  EXPECT_TRUE(r.json()["city"].is_null());
  EXPECT_EQ(r.json()["uses"], json({"billing", "delivery"}));
  EXPECT_EQ(r.json()["version"], 2);
  auto stale =
      server_.SignedIn("manager@acme.test").Patch(AddressPath(a), {{"version", 1}, {"city", "Oulu"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["phone"], "+358 10 44 88 000");
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  auto missing = admin().Patch(AddressPath(a), {{"city", "Oulu"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("version"));
  EXPECT_TRUE(Addresses(customer_)[0]["city"].is_null()) << "nothing overwritten";
}

TEST_F(AddressesTest, EveryFieldRuleNamesItsField) {
  auto r = admin().Post(PathOf(customer_) + "/addresses", {{"street", {"a", "b", "c", "d"}},
                                                           {"postalCode", "<script>"},
                                                           {"city", std::string(101, 'c')},
                                                           {"country", "XX"},
                                                           {"phone", "call me"},
                                                           {"uses", {"home"}}});
  EXPECT_EQ(r.status, 422);
  for (const char* field : {"street", "postalCode", "city", "country", "phone", "uses"}) {
    EXPECT_TRUE(r.has_field_error(field)) << field;
  }
  auto no_street = admin().Post(PathOf(customer_) + "/addresses", {{"city", "Espoo"}});
  EXPECT_EQ(no_street.status, 422);
  EXPECT_TRUE(no_street.has_field_error("street"));
  auto a = AddAddress(customer_, "First");
  auto null_street = admin().Patch(AddressPath(a), {{"version", 1}, {"street", nullptr}});
  EXPECT_EQ(null_street.status, 422);
  EXPECT_TRUE(null_street.has_field_error("street"));
}

TEST_F(AddressesTest, MalformedJsonWrongTypesAndUnknownFields) {
  auto a = AddAddress(customer_, "First");
  EXPECT_EQ(admin().Send("POST", PathOf(customer_) + "/addresses", std::string("{\"street\": [")).status,
            400);
  EXPECT_EQ(admin().Send("PATCH", AddressPath(a), std::string("not json")).status, 400);
  EXPECT_EQ(admin().Send("POST", AddressPath(a) + "/make-headquarters", std::string("{")).status, 400);
  auto wrong = admin().Post(PathOf(customer_) + "/addresses", {{"street", "Not a list"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(wrong.has_field_error("street"));
  EXPECT_EQ(admin().Patch(AddressPath(a), {{"version", "1"}}).status, 400);
  auto unknown = admin().Post(PathOf(customer_) + "/addresses", {{"street", {"x"}}, {"streetName", "typo"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.has_field_error("streetName"));
  auto hq_in_patch = admin().Patch(AddressPath(a), {{"version", 1}, {"isHeadquarters", true}});
  EXPECT_EQ(hq_in_patch.status, 422) << "the headquarters moves only with make-headquarters";
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/addresses?limit=5").status, 422);
}

TEST_F(AddressesTest, AReadOnlyUserMayLookButNotChange) {
  auto a = AddAddress(customer_, "First");
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/addresses").status, 200);
  EXPECT_EQ(reader.Post(PathOf(customer_) + "/addresses", {{"street", {"X"}}}).status, 403);
  EXPECT_EQ(reader.Patch(AddressPath(a), {{"version", 1}, {"city", "X"}}).status, 403);
  EXPECT_EQ(reader.Post(AddressPath(a) + "/make-headquarters", {{"version", 1}}).status, 403);
  EXPECT_EQ(reader.Delete(AddressPath(a)).status, 403);
  EXPECT_EQ(Addresses(customer_).size(), 1u);
}

TEST_F(AddressesTest, AConsultantChangesAddressesOfOwnCustomersOnly) {
  auto own = Create({{"name", "Own Oy"}, {"accountOwnerId", consultant_id_}});
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto mine = consultant.Post(PathOf(own) + "/addresses", {{"street", {"Mine 1"}}});
  EXPECT_EQ(mine.status, 201);
  EXPECT_EQ(consultant.Patch(AddressPath(mine.json()), {{"version", 1}, {"city", "Oulu"}}).status, 200);
  auto other = AddAddress(customer_, "Not mine");
  EXPECT_EQ(consultant.Get(PathOf(customer_) + "/addresses").status, 200) << "consultants view all";
  EXPECT_EQ(consultant.Post(PathOf(customer_) + "/addresses", {{"street", {"X"}}}).status, 403);
  EXPECT_EQ(consultant.Patch(AddressPath(other), {{"version", 1}, {"city", "X"}}).status, 403);
  EXPECT_EQ(consultant.Delete(AddressPath(other)).status, 403);
}

TEST_F(AddressesTest, AnotherOrganizationsAddressesAre404Everywhere) {
  auto a = AddAddress(customer_, "Secret 1");
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(customer_) + "/addresses").status, 404);
  EXPECT_EQ(other.Post(PathOf(customer_) + "/addresses", {{"street", {"X"}}}).status, 404);
  EXPECT_EQ(other.Patch(AddressPath(a), {{"version", 1}, {"city", "X"}}).status, 404);
  EXPECT_EQ(other.Post(AddressPath(a) + "/make-headquarters", {{"version", 1}}).status, 404);
  EXPECT_EQ(other.Delete(AddressPath(a)).status, 404);
  EXPECT_EQ(admin().Patch("/api/v1/addresses/999999", {{"version", 1}}).status, 404);
  EXPECT_EQ(admin().Get("/api/v1/customers/999999/addresses").status, 404);
  EXPECT_EQ(Addresses(customer_)[0]["street"], json({"Secret 1"}));
}

TEST_F(AddressesTest, DeletingAnAddressTakesItAwayFromItsContacts) {
  auto hq = AddAddress(customer_, "HQ");
  auto branch = AddAddress(customer_, "Branch");
  auto contact = AddContact(customer_, {{"firstName", "Anna"}, {"addressId", branch["id"]}});
  EXPECT_EQ(contact["addressId"], branch["id"]);
  EXPECT_EQ(admin().Delete(AddressPath(branch)).status, 204);
  auto after = admin().Get(ContactPath(contact)).json();
  EXPECT_TRUE(after["addressId"].is_null());
  EXPECT_EQ(after["version"], 2);
  EXPECT_EQ(Addresses(customer_).size(), 1u);
  (void)hq;
}

TEST_F(AddressesTest, ACustomerWithAddressesCannotBeDeleted) {
  AddAddress(customer_, "HQ");
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("1 address"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace clientele::testing
