#include <gtest/gtest.h>

#include "support/contact_fixture.hpp"

namespace clientele::testing {
namespace {

using ContactExportsTest = ContactApiTest;
using nlohmann::json;

std::string Line(const std::string& body, const std::string& prefix) {
  const auto at = body.find("\r\n" + prefix);
  if (at == std::string::npos) return "";
  const auto end = body.find("\r\n", at + 2);
  return body.substr(at + 2, end - at - 2);
}

class MailingListTest : public ContactApiTest {
 protected:
  void SetUp() override {
    ContactApiTest::SetUp();
    vip_ = AddKeyword("VIP");
    xmas_ = AddKeyword("Christmas card");
    role_ = AddRole("Buyer");
    other_customer_ = Create({{"name", "=Evil Corp"}});
    anna_ = AddContact(customer_, {{"firstName", "Anna"},
                                   {"lastName", "Virtanen"},
                                   {"email", "anna@nokia.com"},
                                   {"roleId", role_["id"]},
                                   {"keywordIds", {vip_["id"], xmas_["id"]}}});
    AddContact(customer_, {{"firstName", "Bo"}, {"keywordIds", {xmas_["id"]}}});
    eve_ = AddContact(other_customer_, {{"firstName", "-Eve"},
                                        {"lastName", "Hacker, Jr"},
                                        {"email", "eve@evil.test"},
                                        {"keywordIds", {vip_["id"]}}});
    auto gone = AddContact(customer_, {{"firstName", "Inactive"}, {"keywordIds", {vip_["id"]}}});
    admin().Post(ContactPath(gone) + "/inactivate", {{"version", 1}});
  }
  std::string Vip() const { return std::to_string(vip_["id"].get<long long>()); }
  json vip_, xmas_, role_, other_customer_, anna_, eve_;
};

TEST_F(MailingListTest, ListsTheActiveContactsWithAKeywordAcrossCustomers) {
  auto page = admin().Get("/api/v1/contacts?keyword=" + Vip() + "&active=true").json();
  ASSERT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["items"][0]["name"], "Anna Virtanen");
  EXPECT_EQ(page["items"][0]["customerName"], "Oy Nokia, Ab");
  EXPECT_EQ(page["items"][0]["customerId"], customer_["id"]);
  EXPECT_EQ(page["items"][0]["roleName"], "Buyer");
  EXPECT_EQ(page["items"][0]["keywords"].size(), 2u);
  EXPECT_EQ(page["items"][1]["name"], "-Eve Hacker, Jr");
  EXPECT_EQ(page["items"][1]["customerName"], "=Evil Corp");
  EXPECT_TRUE(page["nextCursor"].is_null());
  auto first = admin().Get("/api/v1/contacts?keyword=" + Vip() + "&limit=1").json();
  ASSERT_EQ(first["items"].size(), 1u);
  auto second = admin()
                    .Get("/api/v1/contacts?keyword=" + Vip() +
                         "&limit=1&cursor=" + first["nextCursor"].get<std::string>())
                    .json();
  EXPECT_EQ(second["items"][0]["name"], "-Eve Hacker, Jr");
  EXPECT_EQ(admin().Get("/api/v1/contacts?keyword=" + Vip() + "&active=all").json()["items"].size(), 3u);
  EXPECT_EQ(admin().Get("/api/v1/contacts?keyword=" + Vip() + "&active=false").json()["items"][0]["name"],
            "Inactive");
  EXPECT_EQ(admin().Get("/api/v1/contacts").json()["items"].size(), 3u)
      << "every active contact without a keyword";
  EXPECT_EQ(
      server_.SignedIn("reader@acme.test").Get("/api/v1/contacts?keyword=" + Vip()).json()["items"].size(),
      2u);
}

TEST_F(MailingListTest, CsvHasExactlyTheRowsWithFormulasDefused) {
  auto r = admin().Get("/api/v1/contacts?keyword=" + Vip() + "&format=csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.header("content-disposition"), "attachment; filename=\"contacts-VIP.csv\"");
  EXPECT_EQ(r.header("x-record-count"), "2");
  EXPECT_EQ(r.body,
            "name,email,customer,role,keywords\r\n"
            "Anna Virtanen,anna@nokia.com,\"Oy Nokia, Ab\",Buyer,\"Christmas card, VIP\"\r\n"
            "\"'-Eve Hacker, Jr\",eve@evil.test,'=Evil Corp,,VIP\r\n");
  auto by_accept =
      admin().Send("GET", "/api/v1/contacts?keyword=" + Vip(), std::nullopt, {{"Accept", "text/csv"}});
  EXPECT_EQ(by_accept.body, r.body);
  auto json_wins = admin().Send("GET", "/api/v1/contacts?keyword=" + Vip() + "&format=json", std::nullopt,
                                {{"Accept", "text/csv"}});
  EXPECT_EQ(json_wins.json()["items"].size(), 2u);
}

TEST_F(MailingListTest, BadParametersAre422) {
  for (const char* bad : {"?keyword=abc", "?keyword=999999", "?active=maybe", "?format=xml", "?limit=500",
                          "?cursor=bogus", "?colour=red"}) {
    EXPECT_EQ(admin().Get(std::string("/api/v1/contacts") + bad).status, 422) << bad;
  }
  auto theirs = server_.SignedIn("admin@other.test");
  EXPECT_EQ(theirs.Get("/api/v1/contacts?keyword=" + Vip()).status, 422) << "another organization's keyword";
  EXPECT_EQ(theirs.Get("/api/v1/contacts?keyword=" + Vip() + "&format=csv").status, 422);
}

TEST_F(ContactExportsTest, AContactsVcardHasEveryField) {
  auto role = AddRole("Decision maker");
  auto xmas = AddKeyword("Christmas card");
  auto hq =
      AddAddress(customer_, "Karaportti 3",
                 {{"postalCode", "02610"}, {"city", "Espoo"}, {"region", "Uusimaa"}, {"country", "FI"}});
  auto c = AddContact(customer_, {{"firstName", "Anna"},
                                  {"lastName", "Virtanen"},
                                  {"title", "CFO; Finance"},
                                  {"email", "anna@nokia.com"},
                                  {"mobilePhone", "+358 40 1"},
                                  {"workPhone", "+358 9 2"},
                                  {"roleId", role["id"]},
                                  {"keywordIds", {xmas["id"]}},
                                  {"addressId", hq["id"]},
                                  {"language", "fi"},
                                  {"notes", "Line one\nC:\\path"}});
  auto r = admin().Get(ContactPath(c) + "/vcard");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/vcard; charset=utf-8");
  EXPECT_EQ(r.header("content-disposition"), "attachment; filename=\"Anna-Virtanen.vcf\"");
  EXPECT_EQ(r.body.rfind("BEGIN:VCARD\r\nVERSION:4.0\r\n", 0), 0u);
  EXPECT_EQ(Line(r.body, "FN:"), "FN:Anna Virtanen");
  EXPECT_EQ(Line(r.body, "N:"), "N:Virtanen;Anna;;;");
  EXPECT_EQ(Line(r.body, "ORG:"), "ORG:Oy Nokia\\, Ab");
  EXPECT_EQ(Line(r.body, "TITLE:"), "TITLE:CFO\\; Finance");
  EXPECT_EQ(Line(r.body, "ROLE:"), "ROLE:Decision maker");
  EXPECT_EQ(Line(r.body, "EMAIL"), "EMAIL;TYPE=work:anna@nokia.com");
  EXPECT_EQ(Line(r.body, "TEL;TYPE=cell"), "TEL;TYPE=cell:+358 40 1");
  EXPECT_EQ(Line(r.body, "TEL;TYPE=work"), "TEL;TYPE=work:+358 9 2");
  EXPECT_EQ(Line(r.body, "ADR"), "ADR;TYPE=work:;;Karaportti 3;Espoo;Uusimaa;02610;FI");
  EXPECT_EQ(Line(r.body, "LANG"), "LANG:fi");
  EXPECT_EQ(Line(r.body, "CATEGORIES"), "CATEGORIES:Christmas card");
  EXPECT_EQ(Line(r.body, "NOTE"), "NOTE:Line one\\nC:\\\\path");
  EXPECT_EQ(Line(r.body, "UID").rfind("UID:urn:uuid:", 0), 0u);
  EXPECT_EQ(Line(r.body, "REV").size(), std::string("REV:20261127T204100Z").size());
  EXPECT_EQ(r.body.substr(r.body.size() - 11), "END:VCARD\r\n");
  EXPECT_EQ(admin().Get(ContactPath(c) + "/vcard").body, r.body) << "stable";
  EXPECT_EQ(server_.SignedIn("reader@acme.test").Get(ContactPath(c) + "/vcard").status, 200);
  EXPECT_EQ(admin().Get("/api/v1/contacts/999999/vcard").status, 404);
}

TEST_F(ContactExportsTest, ACustomersVcardFileHoldsItsActiveContacts) {
  AddContact(customer_, {{"firstName", "Bo"}, {"lastName", "Ek"}});
  AddContact(customer_, {{"firstName", "Anna"}});
  auto gone = AddContact(customer_, {{"firstName", "Gone"}});
  admin().Post(ContactPath(gone) + "/inactivate", {{"version", 1}});
  auto r = admin().Get(PathOf(customer_) + "/contacts/vcard");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/vcard; charset=utf-8");
  EXPECT_EQ(r.header("content-disposition"), "attachment; filename=\"Oy-Nokia-Ab-contacts.vcf\"");
  EXPECT_EQ(r.header("x-record-count"), "2");
  const auto anna = r.body.find("FN:Anna\r\n");
  const auto bo = r.body.find("FN:Bo Ek\r\n");
  EXPECT_NE(anna, std::string::npos);
  EXPECT_NE(bo, std::string::npos);
  EXPECT_LT(anna, bo) << "in name order";
  EXPECT_EQ(r.body.find("Gone"), std::string::npos);
  size_t cards = 0;
  for (size_t at = r.body.find("BEGIN:VCARD"); at != std::string::npos;
       at = r.body.find("BEGIN:VCARD", at + 1))
    ++cards;
  EXPECT_EQ(cards, 2u);
  EXPECT_EQ(admin().Get("/api/v1/customers/999999/contacts/vcard").status, 404);
}

}  // namespace
}  // namespace clientele::testing
