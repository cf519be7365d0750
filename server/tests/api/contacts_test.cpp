#include <gtest/gtest.h>

#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using ContactsTest = ContactApiTest;
using nlohmann::json;

std::vector<std::string> Names(const json& items) {
  std::vector<std::string> out;
  for (const auto& c : items) out.push_back(c["name"]);
  return out;
}

TEST_F(ContactsTest, CreatesAContactWithRoleKeywordsAndAddress) {
  auto role = AddRole("Decision maker");
  auto vip = AddKeyword("VIP");
  auto xmas = AddKeyword("Christmas card");
  auto hq = AddAddress(customer_, "Karaportti 3");
  auto c = AddContact(customer_, {{"firstName", " Anna "},
                                  {"lastName", "Virtanen"},
                                  {"title", "CFO"},
                                  {"email", "anna@nokia.com"},
                                  {"mobilePhone", "+358 40 123 4567"},
                                  {"workPhone", "+358 10 44 88 000"},
                                  {"roleId", role["id"]},
                                  {"keywordIds", {vip["id"], xmas["id"], vip["id"]}},
                                  {"addressId", hq["id"]},
                                  {"language", "FI"},
                                  {"notes", "Prefers e-mail.\nCall after 10."}});
  EXPECT_EQ(c["name"], "Anna Virtanen");
  EXPECT_EQ(c["firstName"], "Anna");
  EXPECT_EQ(c["customerId"], customer_["id"]);
  EXPECT_EQ(c["roleId"], role["id"]);
  EXPECT_EQ(c["roleName"], "Decision maker");
  EXPECT_EQ(c["keywords"], json::array({{{"id", xmas["id"]}, {"name", "Christmas card"}},
                                        {{"id", vip["id"]}, {"name", "VIP"}}}));
  EXPECT_EQ(c["addressId"], hq["id"]);
  EXPECT_EQ(c["language"], "fi");
  EXPECT_EQ(c["notes"], "Prefers e-mail.\nCall after 10.");
  EXPECT_TRUE(c["isActive"].get<bool>());
  EXPECT_EQ(c["version"], 1);
  EXPECT_EQ(c["createdBy"]["name"], "admin@acme.test");
  EXPECT_EQ(admin().Get(ContactPath(c)).json(), c);
  EXPECT_EQ(admin().Get("/api/v1/settings/keywords").json()["items"][1]["usageCount"], 1);
}

TEST_F(ContactsTest, PatchChangesKeywordsAndClearsFields) {
  auto vip = AddKeyword("VIP");
  auto c = AddContact(customer_, {{"firstName", "Anna"}, {"title", "CFO"}, {"keywordIds", {vip["id"]}}});
  auto r = admin().Patch(
      ContactPath(c),
      {{"version", 1}, {"title", nullptr}, {"lastName", "Virtanen"}, {"keywordIds", json::array()}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json()["title"].is_null());
  EXPECT_EQ(r.json()["name"], "Anna Virtanen");
  EXPECT_TRUE(r.json()["keywords"].empty());
  EXPECT_EQ(r.json()["version"], 2);
  auto same = admin().Patch(ContactPath(c), {{"version", 2}, {"lastName", "Virtanen"}});
  EXPECT_EQ(same.json()["version"], 2) << "no change, no new version";
}

TEST_F(ContactsTest, ADisabledKeywordOrRoleStaysButCannotBeGivenAnew) {
  auto vip = AddKeyword("VIP");
  auto role = AddRole("Buyer");
  auto c =
      AddContact(customer_, {{"firstName", "Anna"}, {"keywordIds", {vip["id"]}}, {"roleId", role["id"]}});
  ASSERT_EQ(admin()
                .Patch("/api/v1/settings/keywords/" + std::to_string(IdOf(vip)),
                       {{"version", 1}, {"isActive", false}})
                .status,
            200);
  ASSERT_EQ(admin()
                .Patch("/api/v1/settings/contact-roles/" + std::to_string(IdOf(role)),
                       {{"version", 1}, {"isActive", false}})
                .status,
            200);
  auto kept = admin().Patch(ContactPath(c), {{"version", 1}, {"title", "CEO"}, {"keywordIds", {vip["id"]}}});
  EXPECT_EQ(kept.status, 200) << kept.body;
  EXPECT_EQ(kept.json()["keywords"][0]["name"], "VIP");
  EXPECT_EQ(kept.json()["roleName"], "Buyer");
  auto new_keyword =
      admin().Post(PathOf(customer_) + "/contacts", {{"firstName", "Bo"}, {"keywordIds", {vip["id"]}}});
  EXPECT_EQ(new_keyword.status, 422);
  EXPECT_TRUE(new_keyword.has_field_error("keywordIds"));
  auto new_role =
      admin().Post(PathOf(customer_) + "/contacts", {{"firstName", "Bo"}, {"roleId", role["id"]}});
  EXPECT_EQ(new_role.status, 422);
  EXPECT_TRUE(new_role.has_field_error("roleId"));
  auto other = AddContact(customer_, {{"firstName", "Cia"}});
  EXPECT_TRUE(admin()
                  .Patch(ContactPath(other), {{"version", 1}, {"keywordIds", {vip["id"]}}})
                  .has_field_error("keywordIds"));
}

TEST_F(ContactsTest, RolesKeywordsAndAddressesMustBeTheOrganizationsAndTheCustomers) {
  auto elsewhere = Create({{"name", "Elsewhere"}});
  auto foreign_address = AddAddress(elsewhere, "Not yours");
  auto r = admin().Post(PathOf(customer_) + "/contacts", {{"firstName", "Anna"},
                                                          {"roleId", 999999},
                                                          {"keywordIds", {999999}},
                                                          {"addressId", foreign_address["id"]}});
  EXPECT_EQ(r.status, 422);
  for (const char* field : {"roleId", "keywordIds", "addressId"})
    EXPECT_TRUE(r.has_field_error(field)) << field;
  auto theirs =
      server_.SignedIn("admin@other.test").Post("/api/v1/settings/keywords", {{"name", "Theirs"}}).json();
  EXPECT_TRUE(admin()
                  .Post(PathOf(customer_) + "/contacts", {{"firstName", "A"}, {"keywordIds", {theirs["id"]}}})
                  .has_field_error("keywordIds"));
}

TEST_F(ContactsTest, InactivateReactivateAndTheInactiveFilter) {
  auto anna = AddContact(customer_, {{"firstName", "Anna"}});
  AddContact(customer_, {{"firstName", "Bo"}});
  auto off = admin().Post(ContactPath(anna) + "/inactivate", {{"version", 1}});
  ASSERT_EQ(off.status, 200);
  EXPECT_FALSE(off.json()["isActive"].get<bool>());
  const std::string list = PathOf(customer_) + "/contacts";
  EXPECT_EQ(Names(admin().Get(list).json()["items"]), std::vector<std::string>{"Bo"});
  EXPECT_EQ(Names(admin().Get(list + "?inactive=exclude").json()["items"]), std::vector<std::string>{"Bo"});
  EXPECT_EQ(Names(admin().Get(list + "?inactive=only").json()["items"]), std::vector<std::string>{"Anna"});
  EXPECT_EQ(Names(admin().Get(list + "?inactive=include").json()["items"]),
            (std::vector<std::string>{"Anna", "Bo"}));
  auto stale = admin().Post(ContactPath(anna) + "/reactivate", {{"version", 1}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_FALSE(stale.json()["error"]["current"]["isActive"].get<bool>());
  EXPECT_EQ(admin().Post(ContactPath(anna) + "/reactivate", json::object()).status, 422);
  auto on = admin().Post(ContactPath(anna) + "/reactivate", {{"version", 2}});
  EXPECT_TRUE(on.json()["isActive"].get<bool>());
  EXPECT_EQ(Names(admin().Get(list).json()["items"]), (std::vector<std::string>{"Anna", "Bo"}));
}

TEST_F(ContactsTest, DeleteRemovesTheContact) {
  auto vip = AddKeyword("VIP");
  auto c = AddContact(customer_, {{"firstName", "Anna"}, {"keywordIds", {vip["id"]}}});
  EXPECT_EQ(admin().Delete(ContactPath(c)).status, 204);
  EXPECT_EQ(admin().Get(ContactPath(c)).status, 404);
  EXPECT_EQ(admin().Delete(ContactPath(c)).status, 404);
  EXPECT_TRUE(admin().Get(PathOf(customer_) + "/contacts?inactive=include").json()["items"].empty());
  EXPECT_EQ(admin().Get("/api/v1/settings/keywords").json()["items"][0]["usageCount"], 0);
}

TEST_F(ContactsTest, SearchSortAndKeysetPagination) {
  const char* names[][3] = {{"Anna", "Virtanen", "anna@nokia.com"},
                            {"Bo", "Ek", "bo@ek.se"},
                            {"Cecilia", "Lind", "cecilia@example.com"},
                            {"David", "Aho", "d.aho@nokia.com"},
                            {"Eva", "Berg", "eva@example.com"}};
  for (auto& n : names) AddContact(customer_, {{"firstName", n[0]}, {"lastName", n[1]}, {"email", n[2]}});
  const std::string list = PathOf(customer_) + "/contacts";
  std::vector<std::string> seen;
  std::string next = list + "?limit=2";
  for (int pages = 0; pages < 5; ++pages) {
    auto page = admin().Get(next).json();
    EXPECT_LE(page["items"].size(), 2u);
    for (auto& n : Names(page["items"])) seen.push_back(n);
    if (page["nextCursor"].is_null()) break;
    next = list + "?limit=2&cursor=" + page["nextCursor"].get<std::string>();
  }
  EXPECT_EQ(seen,
            (std::vector<std::string>{"Anna Virtanen", "Bo Ek", "Cecilia Lind", "David Aho", "Eva Berg"}));
  EXPECT_EQ(Names(admin().Get(list + "?sort=lastName&limit=2").json()["items"]),
            (std::vector<std::string>{"David Aho", "Eva Berg"}));
  auto desc = admin().Get(list + "?sort=-lastName&limit=2").json();
  EXPECT_EQ(Names(desc["items"]), (std::vector<std::string>{"Anna Virtanen", "Cecilia Lind"}));
  auto desc2 =
      admin().Get(list + "?sort=-lastName&limit=2&cursor=" + desc["nextCursor"].get<std::string>()).json();
  EXPECT_EQ(Names(desc2["items"]), (std::vector<std::string>{"Bo Ek", "Eva Berg"}));
  EXPECT_EQ(Names(admin().Get(list + "?sort=-name&limit=1").json()["items"]),
            std::vector<std::string>{"Eva Berg"});
  EXPECT_EQ(Names(admin().Get(list + "?q=NOKIA").json()["items"]),
            (std::vector<std::string>{"Anna Virtanen", "David Aho"}));
  EXPECT_EQ(Names(admin().Get(list + "?q=ecil").json()["items"]), std::vector<std::string>{"Cecilia Lind"});
  EXPECT_TRUE(admin().Get(list + "?q=100%25").json()["items"].empty()) << "% is a literal, not a wildcard";
  for (const char* bad :
       {"?limit=0", "?limit=201", "?sort=size", "?inactive=maybe", "?cursor=bogus", "?colour=red"}) {
    EXPECT_EQ(admin().Get(list + bad).status, 422) << bad;
  }
}

TEST_F(ContactsTest, StaleVersionIs409WithTheCurrentContactAndMissingVersionIs422) {
  auto c = AddContact(customer_, {{"firstName", "Anna"}});
  ASSERT_EQ(admin().Patch(ContactPath(c), {{"version", 1}, {"title", "CFO"}}).status, 200);
  auto stale =
      server_.SignedIn("manager@acme.test").Patch(ContactPath(c), {{"version", 1}, {"title", "CEO"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["title"], "CFO");
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  auto missing = admin().Patch(ContactPath(c), {{"title", "CEO"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("version"));
  EXPECT_EQ(admin().Get(ContactPath(c)).json()["title"], "CFO");
}

TEST_F(ContactsTest, FieldRulesMalformedJsonWrongTypesAndUnknownFields) {
  auto r = admin().Post(PathOf(customer_) + "/contacts", {{"title", "CFO"},
                                                          {"email", "nope"},
                                                          {"mobilePhone", "x"},
                                                          {"language", "finnish"},
                                                          {"notes", std::string(2001, 'n')}});
  EXPECT_EQ(r.status, 422);
  for (const char* field : {"firstName", "lastName", "email", "mobilePhone", "language", "notes"}) {
    EXPECT_TRUE(r.has_field_error(field)) << field;
  }
  auto c = AddContact(customer_, {{"lastName", "Virtanen"}});
  EXPECT_EQ(admin().Send("POST", PathOf(customer_) + "/contacts", std::string("{\"firstName\":")).status,
            400);
  EXPECT_EQ(admin().Send("PATCH", ContactPath(c), std::string("[]")).status, 400);
  EXPECT_EQ(admin().Send("POST", ContactPath(c) + "/inactivate", std::string("{")).status, 400);
  auto wrong = admin().Post(PathOf(customer_) + "/contacts", {{"firstName", "A"}, {"keywordIds", {"VIP"}}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(wrong.has_field_error("keywordIds"));
  EXPECT_EQ(admin().Patch(ContactPath(c), {{"version", 1}, {"roleId", "3"}}).status, 400);
  auto unknown = admin().Patch(ContactPath(c), {{"version", 1}, {"isActive", false}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.has_field_error("isActive"));
  EXPECT_EQ(admin().Post(PathOf(customer_) + "/contacts", {{"firstName", "A"}, {"phone", "1"}}).status, 422);
}

TEST_F(ContactsTest, AReadOnlyUserGets403OnEveryWrite) {
  auto c = AddContact(customer_, {{"firstName", "Anna"}});
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/contacts").status, 200);
  EXPECT_EQ(reader.Get(ContactPath(c)).status, 200);
  EXPECT_EQ(reader.Post(PathOf(customer_) + "/contacts", {{"firstName", "X"}}).status, 403);
  EXPECT_EQ(reader.Patch(ContactPath(c), {{"version", 1}, {"title", "X"}}).status, 403);
  EXPECT_EQ(reader.Post(ContactPath(c) + "/inactivate", {{"version", 1}}).status, 403);
  EXPECT_EQ(reader.Post(ContactPath(c) + "/reactivate", {{"version", 1}}).status, 403);
  EXPECT_EQ(reader.Delete(ContactPath(c)).status, 403);
  EXPECT_EQ(admin().Get(ContactPath(c)).json()["version"], 1) << "nothing changed";
}

TEST_F(ContactsTest, AConsultantWritesContactsOnlyOnCustomersTheyOwn) {
  auto own = Create({{"name", "Own Oy"}, {"accountOwnerId", consultant_id_}});
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto mine = consultant.Post(PathOf(own) + "/contacts", {{"firstName", "Mine"}});
  ASSERT_EQ(mine.status, 201);
  EXPECT_EQ(consultant.Patch(ContactPath(mine.json()), {{"version", 1}, {"title", "CEO"}}).status, 200);
  EXPECT_EQ(consultant.Post(ContactPath(mine.json()) + "/inactivate", {{"version", 2}}).status, 200);
  EXPECT_EQ(consultant.Delete(ContactPath(mine.json())).status, 204);
  auto theirs = AddContact(customer_, {{"firstName", "Theirs"}});
  EXPECT_EQ(consultant.Get(ContactPath(theirs)).status, 200);
  EXPECT_EQ(consultant.Post(PathOf(customer_) + "/contacts", {{"firstName", "X"}}).status, 403);
  EXPECT_EQ(consultant.Patch(ContactPath(theirs), {{"version", 1}, {"title", "X"}}).status, 403);
  EXPECT_EQ(consultant.Post(ContactPath(theirs) + "/inactivate", {{"version", 1}}).status, 403);
  EXPECT_EQ(consultant.Delete(ContactPath(theirs)).status, 403);
}

TEST_F(ContactsTest, AnotherOrganizationsContactsAre404Everywhere) {
  auto c = AddContact(customer_, {{"firstName", "Secret"}});
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(customer_) + "/contacts").status, 404);
  EXPECT_EQ(other.Post(PathOf(customer_) + "/contacts", {{"firstName", "X"}}).status, 404);
  EXPECT_EQ(other.Get(ContactPath(c)).status, 404);
  EXPECT_EQ(other.Patch(ContactPath(c), {{"version", 1}, {"title", "X"}}).status, 404);
  EXPECT_EQ(other.Post(ContactPath(c) + "/inactivate", {{"version", 1}}).status, 404);
  EXPECT_EQ(other.Post(ContactPath(c) + "/reactivate", {{"version", 1}}).status, 404);
  EXPECT_EQ(other.Delete(ContactPath(c)).status, 404);
  EXPECT_EQ(other.Get(ContactPath(c) + "/vcard").status, 404);
  EXPECT_EQ(other.Get(PathOf(customer_) + "/contacts/vcard").status, 404);
  EXPECT_TRUE(other.Get("/api/v1/contacts").json()["items"].empty());
  EXPECT_EQ(admin().Get(ContactPath(c)).json()["version"], 1);
}

TEST_F(ContactsTest, DeletingACustomerWithContactsIs409NamingThem) {
  AddContact(customer_, {{"firstName", "Anna"}, {"lastName", "Virtanen"}});
  AddContact(customer_, {{"firstName", "Bo"}, {"lastName", "Ek"}});
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  const std::string message = r.json()["error"]["message"];
  EXPECT_NE(message.find("2 contacts (Anna Virtanen, Bo Ek)"), std::string::npos) << message;
  EXPECT_EQ(admin().Get(PathOf(customer_)).status, 200);
}

}  // namespace
}  // namespace clientele::testing
