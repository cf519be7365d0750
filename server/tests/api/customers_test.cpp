#include <gtest/gtest.h>

#include "support/customer_fixture.hpp"

namespace clientele::testing {
namespace {

using CustomersTest = CustomerApiTest;

TEST_F(CustomersTest, CreateAssignsNumbersInSequenceAndRecordsWhoAndWhen) {
  auto a = Create({{"name", "  Oy Nokia Ab  "}, {"country", "FI"}, {"vatNumber", "0112038-9"}});
  auto b = Create({{"name", "Wolt Oy"}});
  EXPECT_EQ(a["number"], 1001);
  EXPECT_EQ(b["number"], 1002);
  EXPECT_EQ(a["name"], "Oy Nokia Ab");
  EXPECT_EQ(a["vatNumber"], "FI01120389");
  EXPECT_EQ(a["createdBy"]["id"], admin_id_);
  EXPECT_EQ(a["version"], 1);
  EXPECT_TRUE(a["isActive"].get<bool>());
  EXPECT_EQ(a["createdAt"].get<std::string>().size(), 20u);  // 2026-11-27T20:41:00Z
}

TEST_F(CustomersTest, AHandTypedNumberIsKeptAndTheSequenceSkipsIt) {
  Create({{"name", "First"}, {"number", 1002}});
  auto next = Create({{"name", "Second"}});
  auto after = Create({{"name", "Third"}});
  EXPECT_EQ(next["number"], 1001);
  EXPECT_EQ(after["number"], 1003);
}

TEST_F(CustomersTest, GetReturnsWhatWasCreated) {
  auto created = Create({{"name", "Equinor ASA"},
                         {"country", "NO"},
                         {"vatNumber", "NO 923 609 016 MVA"},
                         {"website", "www.equinor.com"},
                         {"accountOwnerId", consultant_id_}});
  auto client = server_.SignedIn("reader@acme.test");
  auto r = client.Get(PathOf(created));
  ASSERT_EQ(r.status, 200);
  auto c = r.json();
  EXPECT_EQ(c["vatNumber"], "NO923609016MVA");
  EXPECT_EQ(c["website"], "https://www.equinor.com");
  EXPECT_EQ(c["accountOwnerId"], consultant_id_);
  EXPECT_EQ(c["accountOwnerName"], "consultant@acme.test");
  EXPECT_EQ(c["email"], nullptr);
}

TEST_F(CustomersTest, SearchFindsSubstringsOfNameNumberAndVat) {
  Create({{"name", "Oy Nokia Ab"}, {"country", "FI"}, {"vatNumber", "FI01120389"}});
  Create({{"name", "Wolt Oy"}});
  Create({{"name", "Kiasma Gallery"}});
  auto client = server_.SignedIn("reader@acme.test");
  auto names = [&](const std::string& q) {
    std::vector<std::string> out;
    const auto items = client.Get("/api/v1/customers?q=" + q).json()["items"];
    for (const auto& c : items) out.push_back(c["name"]);
    return out;
  };
  EXPECT_EQ(names("kia"), (std::vector<std::string>{"Kiasma Gallery", "Oy Nokia Ab"}));
  EXPECT_EQ(names("NOKIA"), (std::vector<std::string>{"Oy Nokia Ab"}));
  EXPECT_EQ(names("0112"), (std::vector<std::string>{"Oy Nokia Ab"}));
  EXPECT_EQ(names("1002"), (std::vector<std::string>{"Wolt Oy"}));
  EXPECT_EQ(names("wo"), (std::vector<std::string>{"Wolt Oy"}));  // short terms match a name prefix
  EXPECT_TRUE(names("zzz").empty());
}

TEST_F(CustomersTest, ListPagesWithTheCursorWithoutGapsOrRepeats) {
  for (int i = 0; i < 25; ++i) Create({{"name", "Customer " + std::string(1, static_cast<char>('A' + i))}});
  auto client = server_.SignedIn("reader@acme.test");
  std::vector<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    auto page = client.Get("/api/v1/customers?limit=10" + (cursor.empty() ? "" : "&cursor=" + cursor)).json();
    for (const auto& c : page["items"]) seen.push_back(c["name"]);
    cursor = page["nextCursor"].is_null() ? "" : page["nextCursor"].get<std::string>();
    ++pages;
  } while (!cursor.empty());
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(seen.size(), 25u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
}

TEST_F(CustomersTest, SortsByNumberDescendingAndFiltersByOwnerAndActivity) {
  auto a = Create({{"name", "Alpha"}, {"accountOwnerId", consultant_id_}});
  Create({{"name", "Beta"}});
  auto c = Create({{"name", "Gamma"}});
  auto client = server_.SignedIn("admin@acme.test");
  ASSERT_EQ(client.Post(PathOf(c) + "/inactivate", {{"version", c["version"]}}).status, 200);

  auto by_number = client.Get("/api/v1/customers?sort=-number&active=all").json()["items"];
  ASSERT_EQ(by_number.size(), 3u);
  EXPECT_EQ(by_number[0]["name"], "Gamma");
  auto owned = client.Get("/api/v1/customers?owner=" + std::to_string(consultant_id_)).json()["items"];
  ASSERT_EQ(owned.size(), 1u);
  EXPECT_EQ(owned[0]["id"], a["id"]);
  auto inactive = client.Get("/api/v1/customers?active=false").json()["items"];
  ASSERT_EQ(inactive.size(), 1u);
  EXPECT_EQ(inactive[0]["name"], "Gamma");
  EXPECT_EQ(client.Get("/api/v1/customers").json()["items"].size(), 2u) << "active only by default";
}

TEST_F(CustomersTest, PatchChangesOnlyTheSentFieldsAndWritesTheHistory) {
  auto c = Create({{"name", "Acme Oy"}, {"email", "info@acme.fi"}, {"phone", "+358 40 123 4567"}});
  auto client = server_.SignedIn("manager@acme.test");
  auto r = client.Patch(PathOf(c), {{"version", 1}, {"name", "Acme Group Oy"}, {"email", nullptr}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["name"], "Acme Group Oy");
  EXPECT_EQ(r.json()["email"], nullptr);
  EXPECT_EQ(r.json()["phone"], "+358 40 123 4567");
  EXPECT_EQ(r.json()["version"], 2);
  EXPECT_EQ(r.json()["updatedBy"]["name"], "manager@acme.test");

  auto history = client.Get(PathOf(c) + "/history").json()["items"];
  ASSERT_EQ(history.size(), 3u);  // newest first: email, name, created
  EXPECT_EQ(history[2]["field"], "created");
  bool saw_name = false;
  for (const auto& h : history) {
    if (h["field"] == "name") {
      saw_name = true;
      EXPECT_EQ(h["oldValue"], "Acme Oy");
      EXPECT_EQ(h["newValue"], "Acme Group Oy");
      EXPECT_EQ(h["by"]["name"], "manager@acme.test");
    }
  }
  EXPECT_TRUE(saw_name);
}

TEST_F(CustomersTest, AnUnchangedPatchKeepsTheVersion) {
  auto c = Create({{"name", "Same Oy"}});
  auto client = server_.SignedIn("admin@acme.test");
  auto r = client.Patch(PathOf(c), {{"version", 1}, {"name", "Same Oy"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["version"], 1);
}

TEST_F(CustomersTest, InactivateAndReactivateAreRecorded) {
  auto c = Create({{"name", "Sleepy Oy"}});
  auto client = server_.SignedIn("admin@acme.test");
  auto off = client.Post(PathOf(c) + "/inactivate", {{"version", 1}});
  ASSERT_EQ(off.status, 200);
  EXPECT_FALSE(off.json()["isActive"].get<bool>());
  auto on = client.Post(PathOf(c) + "/reactivate", {{"version", off.json()["version"]}});
  ASSERT_EQ(on.status, 200);
  EXPECT_TRUE(on.json()["isActive"].get<bool>());
  auto history = client.Get(PathOf(c) + "/history").json()["items"];
  EXPECT_EQ(history[0]["field"], "reactivated");
  EXPECT_EQ(history[1]["field"], "inactivated");
  EXPECT_EQ(client.Post(PathOf(c) + "/inactivate", {{"version", 1}}).status, 409);
}

TEST_F(CustomersTest, CardTellsEachRoleWhatItMayDo) {
  auto mine = Create({{"name", "Consultant's Oy"}, {"accountOwnerId", consultant_id_}});
  auto theirs = Create({{"name", "Someone else's Oy"}});
  auto actions = [&](const std::string& email, const nlohmann::json& c) {
    return server_.SignedIn(email).Get(PathOf(c) + "/card").json()["actions"];
  };
  auto admin = actions("admin@acme.test", theirs);
  EXPECT_TRUE(admin["canEdit"].get<bool>());
  EXPECT_TRUE(admin["canDelete"].get<bool>());
  EXPECT_TRUE(admin["canInactivate"].get<bool>());
  EXPECT_FALSE(admin["canReactivate"].get<bool>());
  EXPECT_TRUE(actions("consultant@acme.test", mine)["canEdit"].get<bool>());
  EXPECT_FALSE(actions("consultant@acme.test", mine)["canDelete"].get<bool>());
  EXPECT_FALSE(actions("consultant@acme.test", theirs)["canEdit"].get<bool>());
  EXPECT_FALSE(actions("reader@acme.test", theirs)["canEdit"].get<bool>());
  auto card = server_.SignedIn("reader@acme.test").Get(PathOf(mine) + "/card").json();
  EXPECT_EQ(card["customer"]["name"], "Consultant's Oy");
}

TEST_F(CustomersTest, CardOffersARegistryUpdateOnlyForAValidFinnishOrNorwegianNumberToEditors) {
  auto offered = [&](const std::string& email, const nlohmann::json& c) {
    return server_.SignedIn(email)
        .Get(PathOf(c) + "/card")
        .json()["actions"]["canUpdateFromRegistry"]
        .get<bool>();
  };
  auto nokia = Create({{"name", "Nokia Oyj"}, {"country", "FI"}, {"vatNumber", "FI01120389"}});
  auto equinor = Create({{"name", "Equinor ASA"}, {"country", "NO"}, {"vatNumber", "923609016"}});
  auto swedish = Create({{"name", "Volvo AB"}, {"country", "SE"}, {"vatNumber", "SE556036079301"}});
  auto without_vat = Create({{"name", "No VAT Oy"}, {"country", "FI"}});
  EXPECT_TRUE(offered("admin@acme.test", nokia));
  EXPECT_TRUE(offered("admin@acme.test", equinor));
  EXPECT_FALSE(offered("admin@acme.test", swedish));
  EXPECT_FALSE(offered("admin@acme.test", without_vat));
  EXPECT_FALSE(offered("reader@acme.test", nokia));  // may view, may not edit
}

TEST_F(CustomersTest, ConsultantsEditTheirOwnCustomersOnly) {
  auto mine = Create({{"name", "Mine Oy"}, {"accountOwnerId", consultant_id_}});
  auto theirs = Create({{"name", "Theirs Oy"}});
  auto client = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(client.Patch(PathOf(mine), {{"version", 1}, {"industry", "Software"}}).status, 200);
  EXPECT_EQ(client.Patch(PathOf(theirs), {{"version", 1}, {"industry", "Software"}}).status, 403);
  auto created = client.Post("/api/v1/customers", {{"name", "New Lead Oy"}});
  ASSERT_EQ(created.status, 201);
  EXPECT_EQ(created.json()["accountOwnerId"], consultant_id_) << "a consultant's new customer is their own";
  EXPECT_EQ(client.Post("/api/v1/customers", {{"name", "X"}, {"accountOwnerId", admin_id_}}).status, 403);
}

TEST_F(CustomersTest, DeleteNeedsTheRightAndRemovesTheCustomer) {
  auto c = Create({{"name", "Short-lived Oy"}});
  EXPECT_EQ(server_.SignedIn("consultant@acme.test").Delete(PathOf(c)).status, 403);
  EXPECT_EQ(server_.SignedIn("reader@acme.test").Delete(PathOf(c)).status, 403);
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(manager.Delete(PathOf(c)).status, 204);
  EXPECT_EQ(manager.Get(PathOf(c)).status, 404);
  EXPECT_EQ(manager.Delete(PathOf(c)).status, 404);
}

TEST_F(CustomersTest, ADeletedCustomersIdAndHistoryNeverComeBack) {
  Create({{"name", "Keeper Oy"}});
  auto doomed = Create({{"name", "Doomed Oy"}});
  auto client = server_.SignedIn("admin@acme.test");
  ASSERT_EQ(client.Patch(PathOf(doomed), {{"version", 1}, {"industry", "Old"}}).status, 200);
  ASSERT_EQ(client.Delete(PathOf(doomed)).status, 204);
  auto fresh = Create({{"name", "Fresh Oy"}});
  EXPECT_NE(fresh["id"], doomed["id"]);
  EXPECT_EQ(client.Get(PathOf(doomed)).status, 404);
  auto history = client.Get(PathOf(fresh) + "/history").json()["items"];
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0]["field"], "created");
}

}  // namespace
}  // namespace clientele::testing
