#include <gtest/gtest.h>

#include "support/customer_fixture.hpp"

namespace clientele::testing {
namespace {

using CustomerErrorsTest = CustomerApiTest;

TEST_F(CustomerErrorsTest, MalformedJsonIs400) {
  auto client = server_.SignedIn("admin@acme.test");
  auto r = client.Send("POST", "/api/v1/customers", std::string(R"({"name": "Acme)"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.error_code(), "bad_request");
  auto c = Create({{"name", "Acme"}});
  EXPECT_EQ(client.Send("PATCH", PathOf(c), std::string("[1,2]")).status, 400);
}

TEST_F(CustomerErrorsTest, WrongTypeIs400NamingTheField) {
  auto client = server_.SignedIn("admin@acme.test");
  auto r = client.Post("/api/v1/customers", {{"name", 42}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(r.has_field_error("name"));
}

TEST_F(CustomerErrorsTest, NoSessionIs401) {
  auto c = Create({{"name", "Acme"}});
  auto anonymous = server_.Client();
  EXPECT_EQ(anonymous.Get(PathOf(c)).status, 401);
  EXPECT_EQ(anonymous.Post("/api/v1/customers", {{"name", "X"}}).status, 401);
  EXPECT_EQ(anonymous.Patch(PathOf(c), {{"version", 1}}).status, 401);
}

TEST_F(CustomerErrorsTest, ReadOnlyRoleCannotCreateEditInactivateOrDelete) {
  auto c = Create({{"name", "Acme"}});
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Post("/api/v1/customers", {{"name", "X"}}).status, 403);
  auto edit = reader.Patch(PathOf(c), {{"version", 1}, {"name", "Hacked"}});
  EXPECT_EQ(edit.status, 403);
  EXPECT_EQ(edit.error_code(), "forbidden");
  EXPECT_EQ(reader.Post(PathOf(c) + "/inactivate", {{"version", 1}}).status, 403);
  EXPECT_EQ(reader.Delete(PathOf(c)).status, 403);
  EXPECT_EQ(reader.Get(PathOf(c)).json()["name"], "Acme") << "nothing changed";
}

TEST_F(CustomerErrorsTest, UnknownIdIs404) {
  auto client = server_.SignedIn("admin@acme.test");
  EXPECT_EQ(client.Get("/api/v1/customers/999999").status, 404);
  EXPECT_EQ(client.Get("/api/v1/customers/abc").status, 404);
  EXPECT_EQ(client.Get("/api/v1/customers/-1/card").status, 404);
  EXPECT_EQ(client.Patch("/api/v1/customers/999999", {{"version", 1}}).status, 404);
  EXPECT_EQ(client.Get("/api/v1/customers/999999/history").status, 404);
}

TEST_F(CustomerErrorsTest, AnotherOrganizationsCustomerIs404Everywhere) {
  auto c = Create({{"name", "Acme's secret customer"}});
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(c)).status, 404);
  EXPECT_EQ(other.Get(PathOf(c) + "/card").status, 404);
  EXPECT_EQ(other.Get(PathOf(c) + "/history").status, 404);
  EXPECT_EQ(other.Patch(PathOf(c), {{"version", 1}, {"name", "Stolen"}}).status, 404);
  EXPECT_EQ(other.Post(PathOf(c) + "/inactivate", {{"version", 1}}).status, 404);
  EXPECT_EQ(other.Delete(PathOf(c)).status, 404);
  EXPECT_TRUE(other.Get("/api/v1/customers?q=secret").json()["items"].empty());
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(c)).json()["name"], "Acme's secret customer");
}

TEST_F(CustomerErrorsTest, DuplicateNumberIs409OnCreateAndOnPatch) {
  auto a = Create({{"name", "A"}});
  auto b = Create({{"name", "B"}});
  auto client = server_.SignedIn("admin@acme.test");
  auto dup = client.Post("/api/v1/customers", {{"name", "C"}, {"number", a["number"]}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.has_field_error("number"));
  EXPECT_EQ(client.Patch(PathOf(b), {{"version", 1}, {"number", a["number"]}}).status, 409);
}

TEST_F(CustomerErrorsTest, StaleVersionIs409WithTheCurrentRow) {
  auto c = Create({{"name", "Acme"}});
  auto first = server_.SignedIn("admin@acme.test");
  auto second = server_.SignedIn("manager@acme.test");
  ASSERT_EQ(first.Patch(PathOf(c), {{"version", 1}, {"name", "Acme One"}}).status, 200);
  auto conflict = second.Patch(PathOf(c), {{"version", 1}, {"name", "Acme Two"}});
  EXPECT_EQ(conflict.status, 409);
  auto current = conflict.json()["error"]["current"];
  EXPECT_EQ(current["name"], "Acme One");
  EXPECT_EQ(current["version"], 2);
  EXPECT_EQ(current["updatedBy"]["name"], "admin@acme.test");
  EXPECT_EQ(second.Get(PathOf(c)).json()["name"], "Acme One") << "the second save must not overwrite";
}

TEST_F(CustomerErrorsTest, MissingVersionIs422) {
  auto c = Create({{"name", "Acme"}});
  auto r = server_.SignedIn("admin@acme.test").Patch(PathOf(c), {{"name", "No version"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("version"));
  EXPECT_EQ(
      server_.SignedIn("admin@acme.test").Post(PathOf(c) + "/inactivate", nlohmann::json::object()).status,
      422);
}

TEST_F(CustomerErrorsTest, BadVatEmptyNameAndUnknownOwnerAre422) {
  auto client = server_.SignedIn("admin@acme.test");
  auto bad_vat =
      client.Post("/api/v1/customers", {{"name", "Acme"}, {"country", "FI"}, {"vatNumber", "FI01120388"}});
  EXPECT_EQ(bad_vat.status, 422);
  EXPECT_TRUE(bad_vat.has_field_error("vatNumber"));
  auto bad_no = client.Post("/api/v1/customers", {{"name", "Acme"}, {"vatNumber", "NO923609017MVA"}});
  EXPECT_TRUE(bad_no.has_field_error("vatNumber"));
  auto empty = client.Post("/api/v1/customers", {{"name", "   "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.has_field_error("name"));
  auto missing = client.Post("/api/v1/customers", nlohmann::json::object());
  EXPECT_TRUE(missing.has_field_error("name"));
  auto owner = client.Post("/api/v1/customers", {{"name", "Acme"}, {"accountOwnerId", 999999}});
  EXPECT_EQ(owner.status, 422);
  EXPECT_TRUE(owner.has_field_error("accountOwnerId"));
}

TEST_F(CustomerErrorsTest, AnOwnerFromAnotherOrganizationIs422) {
  auto other = server_.SignedIn("admin@other.test").Get("/api/v1/me").json()["user"]["id"];
  auto r = server_.SignedIn("admin@acme.test")
               .Post("/api/v1/customers", {{"name", "Acme"}, {"accountOwnerId", other}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("accountOwnerId"));
}

TEST_F(CustomerErrorsTest, EveryFieldRuleNamesItsField) {
  auto r = server_.SignedIn("admin@acme.test")
               .Post("/api/v1/customers", {{"name", std::string(201, 'x')},
                                           {"country", "XX"},
                                           {"email", "nope"},
                                           {"website", "javascript:alert(1)"},
                                           {"phone", "call me"},
                                           {"number", 0}});
  EXPECT_EQ(r.status, 422);
  for (const char* field : {"name", "country", "email", "website", "phone", "number"}) {
    EXPECT_TRUE(r.has_field_error(field)) << field;
  }
}

TEST_F(CustomerErrorsTest, UnknownFieldsAre422SoTyposAreNeverLost) {
  auto r =
      server_.SignedIn("admin@acme.test").Post("/api/v1/customers", {{"name", "Acme"}, {"nmae", "typo"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("nmae"));
}

TEST_F(CustomerErrorsTest, BadListParametersAre422) {
  auto client = server_.SignedIn("admin@acme.test");
  EXPECT_EQ(client.Get("/api/v1/customers?limit=201").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?limit=abc").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?sort=size").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?active=maybe").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?owner=me").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?cursor=bogus").status, 422);
  EXPECT_EQ(client.Get("/api/v1/customers?colour=red").status, 422);
}

}  // namespace
}  // namespace clientele::testing
