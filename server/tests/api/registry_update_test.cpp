#include <gtest/gtest.h>

#include "support/registry_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;
using registry::AddressKind;
using registry::RegistryAddress;
using RegistryUpdateTest = RegistryApiTest;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(RegistryUpdateTest, ApplyingOnlyTheWebsiteLeavesEverythingElseAndTheHistoryNamesTheRegistry) {
  auto nokia = Nokia();
  auto r = Apply(nokia, {"website"});
  ASSERT_EQ(r.status, 200) << r.body;
  auto c = r.json();
  EXPECT_EQ(c["website"], "https://www.nokia.com");
  EXPECT_EQ(c["version"], 2);
  for (const char* field : {"name", "vatNumber", "country", "email", "phone", "accountOwnerId", "number"}) {
    EXPECT_EQ(c[field], nokia[field]) << field;
  }
  EXPECT_TRUE(book_.applied().empty()) << "no address was asked for";
  auto history = server_.SignedIn("reader@acme.test").Get(PathOf(nokia) + "/history").json()["items"];
  ASSERT_EQ(history.size(), 2u);  // created, website
  EXPECT_EQ(history[0]["field"], "website");
  EXPECT_EQ(history[0]["oldValue"], "http://old.nokia.example");
  EXPECT_EQ(history[0]["newValue"], "https://www.nokia.com");
  EXPECT_EQ(history[0]["source"], "registry:PRH");
  EXPECT_EQ(history[1]["source"], "user");
}

TEST_F(RegistryUpdateTest, NameAndBothAddressesInOneGo) {
  auto nokia = Nokia();
  auto r = Apply(nokia, {"name", "visitingAddress", "postalAddress"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["name"], "Nokia Oyj");
  EXPECT_EQ(r.json()["website"], "http://old.nokia.example");
  EXPECT_EQ(book_.Get(IdOf(nokia), AddressKind::kVisiting),
            (RegistryAddress{{"Karakaari 7"}, "02610", "ESPOO", "FI"}));
  EXPECT_EQ(book_.Get(IdOf(nokia), AddressKind::kPostal),
            (RegistryAddress{{"PL 226"}, "00045", "NOKIA GROUP", "FI"}));
  auto applied = book_.applied();
  ASSERT_EQ(applied.size(), 2u);
  for (const auto& a : applied) EXPECT_EQ(a.source, "registry:PRH");
  auto history = server_.SignedIn("admin@acme.test").Get(PathOf(nokia) + "/history").json()["items"];
  EXPECT_EQ(history[0]["field"], "name");
  EXPECT_EQ(history[0]["source"], "registry:PRH");
}

TEST_F(RegistryUpdateTest, AnUnchangedAddressIsNotWrittenAgain) {
  auto nokia = Nokia();
  book_.Set(IdOf(nokia), AddressKind::kVisiting, {{"Karakaari 7"}, "02610", "ESPOO", "FI"});
  ASSERT_EQ(Apply(nokia, {"visitingAddress", "postalAddress"}).status, 200);
  auto applied = book_.applied();
  ASSERT_EQ(applied.size(), 1u);
  EXPECT_EQ(applied[0].kind, AddressKind::kPostal);
}

TEST_F(RegistryUpdateTest, AFieldTheRegistryLacksIsNeverCleared) {
  auto nokia = Nokia();
  auto r = Apply(nokia, {"email", "website"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["email"], "info@nokia.example") << "PRH has no e-mail";
  EXPECT_EQ(r.json()["website"], "https://www.nokia.com");

  auto wolt = Create(
      {{"name", "Wolt Oy"}, {"country", "FI"}, {"vatNumber", "2646674-9"}, {"website", "https://wolt.com"}});
  book_.Set(IdOf(wolt), AddressKind::kPostal, {{"PL 9"}, "00101", "HELSINKI", "FI"});
  auto w = Apply(wolt, {"website", "postalAddress"});
  ASSERT_EQ(w.status, 200) << w.body;
  EXPECT_EQ(w.json()["website"], "https://wolt.com");
  EXPECT_EQ(w.json()["version"], 1) << "nothing to change, nothing written";
  EXPECT_EQ(book_.Get(IdOf(wolt), AddressKind::kPostal)->street, std::vector<std::string>{"PL 9"});
}

TEST_F(RegistryUpdateTest, ANorwegianEmailIsTakenWithBronnoysundAsTheSource) {
  auto brreg = Customer("Brønnøysundregistrene", "NO", "974760673");
  auto r = Apply(brreg, {"email", "name"});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["email"], "postmottak@brreg.no");
  EXPECT_EQ(r.json()["name"], "BRØNNØYSUNDREGISTRENE");
  auto history = server_.SignedIn("admin@acme.test").Get(PathOf(brreg) + "/history").json()["items"];
  EXPECT_EQ(history[0]["source"], "registry:Brønnøysundregistrene");
}

TEST_F(RegistryUpdateTest, AStaleVersionIs409WithTheCurrentCustomer) {
  auto nokia = Nokia();
  auto edit =
      server_.SignedIn("manager@acme.test").Patch(PathOf(nokia), {{"version", 1}, {"phone", "+358 1"}});
  ASSERT_EQ(edit.status, 200);
  auto r = Apply(nokia, {"website"}, 1);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.error_code(), "conflict");
  EXPECT_EQ(r.json()["error"]["current"]["version"], 2);
  EXPECT_EQ(r.json()["error"]["current"]["phone"], "+358 1");
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(nokia)).json()["website"],
            "http://old.nokia.example");
}

TEST_F(RegistryUpdateTest, ADeletedOrWithdrawnCompanyIsRefusedSayingSo) {
  auto deleted = Customer("Fjordkant Eksempel AS", "NO", "912345688");
  auto r = Apply(deleted, {"name"});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Contains(Message(r), "deleted on 2024-03-15")) << r.body;
  auto gone = Customer("Withdrawn AS", "NO", "912345696");
  auto g = Apply(gone, {"name"});
  EXPECT_EQ(g.status, 422);
  EXPECT_TRUE(Contains(Message(g), "removed from its open data on 2023-11-30")) << g.body;
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(deleted)).json()["name"], "Fjordkant Eksempel AS");
}

TEST_F(RegistryUpdateTest, ACompanyNotInTheRegistryIs404) {
  auto r = Apply(Customer("Unknown Oy", "FI", "0000001-9"), {"name"});
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(Contains(Message(r), "not found in the registry")) << r.body;
}

TEST_F(RegistryUpdateTest, ARegistryFailureChangesNothing) {
  fake_.AnswerAll("FI", {500, "application/json", "{}", {}});
  auto nokia = Nokia();
  EXPECT_EQ(Apply(nokia, {"name", "website"}).status, 502);
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(nokia)).json()["version"], 1);
}

TEST_F(RegistryUpdateTest, UsersWhoMayNotEditTheCustomerGet403) {
  auto nokia = Nokia();
  auto reader = Apply(nokia, {"website"}, 1, "reader@acme.test");
  EXPECT_EQ(reader.status, 403);
  EXPECT_EQ(reader.error_code(), "forbidden");
  EXPECT_EQ(Apply(nokia, {"website"}, 1, "consultant@acme.test").status, 403)
      << "a consultant edits own customers";
  EXPECT_EQ(fake_.requests(), 0);
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(nokia)).json()["version"], 1);
}

TEST_F(RegistryUpdateTest, MalformedBodiesAre400And422) {
  auto nokia = Nokia();
  auto admin = server_.SignedIn("admin@acme.test");
  const std::string path = PathOf(nokia) + "/registry-update";
  EXPECT_EQ(admin.Send("POST", path, std::string("{\"version\": 1,")).status, 400);
  EXPECT_EQ(admin.Post(path, {{"version", "1"}, {"fields", {"name"}}}).status, 400);
  EXPECT_EQ(admin.Post(path, {{"version", 1}, {"fields", "name"}}).status, 400);
  auto missing_version = admin.Post(path, {{"fields", {"name"}}});
  EXPECT_EQ(missing_version.status, 422);
  EXPECT_TRUE(missing_version.has_field_error("version"));
  auto empty = admin.Post(path, {{"version", 1}, {"fields", json::array()}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.has_field_error("fields"));
  auto unknown = admin.Post(path, {{"version", 1}, {"fields", {"phone"}}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(Contains(Message(unknown), "'phone' is not a registry field")) << unknown.body;
  auto typo = admin.Post(path, {{"version", 1}, {"fields", {"name"}}, {"feilds", {"name"}}});
  EXPECT_EQ(typo.status, 422);
  EXPECT_TRUE(typo.has_field_error("feilds"));
  EXPECT_EQ(fake_.requests(), 0);
}

TEST_F(RegistryUpdateTest, WithoutTheAddressesFeatureAskingForAddressesIs422) {
  TestServer bare(Options(fake_.Config(), Addresses::kNone));
  Seed(bare);
  auto nokia = Nokia(&bare);
  auto admin = bare.SignedIn("admin@acme.test");
  auto r = admin.Post(PathOf(nokia) + "/registry-update",
                      {{"version", 1}, {"fields", {"name", "visitingAddress"}}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Contains(Message(r), "addresses are not available yet")) << r.body;
  EXPECT_EQ(admin.Get(PathOf(nokia)).json()["name"], "Oy Nokia Ab") << "nothing applied";
  auto name_only = admin.Post(PathOf(nokia) + "/registry-update", {{"version", 1}, {"fields", {"name"}}});
  EXPECT_EQ(name_only.status, 200) << name_only.body;
}

}  // namespace
}  // namespace clientele::testing
