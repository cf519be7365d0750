#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/customer_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

constexpr const char* kStatuses = "/api/v1/settings/invoice-statuses";
constexpr const char* kOrder = "/api/v1/settings/invoice-statuses/order";

class InvoiceStatusesTest : public CustomerApiTest {
 protected:
  void SetUp() override {
    CustomerApiTest::SetUp();
    admin_.emplace(server_.SignedIn("admin@acme.test"));
  }
  ApiClient& admin() { return *admin_; }

  json List(ApiClient& client) {
    auto r = client.Get(kStatuses);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }
  json Named(const std::string& name) {
    const json items = List(admin());
    for (const auto& s : items)
      if (s["name"] == name) return s;
    ADD_FAILURE() << "no invoice status " << name;
    return {};
  }
  std::vector<std::string> Names() {
    std::vector<std::string> names;
    const json items = List(admin());
    for (const auto& s : items) names.push_back(s["name"]);
    return names;
  }
  json Add(const json& body) {
    auto r = admin().Post(kStatuses, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static std::string PathOf(const json& s) {
    return std::string(kStatuses) + "/" + std::to_string(s["id"].get<long long>());
  }
  static json Ids(const json& items) {
    json ids = json::array();
    for (const auto& s : items) ids.push_back(s["id"]);
    return ids;
  }
  HttpResult PutOrder(ApiClient& client, const json& ids) {
    return client.Send("PUT", kOrder, json{{"ids", ids}}.dump());
  }

  std::optional<ApiClient> admin_;
};

/// The flags of a status as {readOnly, assignsNumber, sent, waitingPayment, paid, credited}.
std::vector<bool> Flags(const json& s) {
  return {s["readOnly"], s["assignsNumber"], s["sent"], s["waitingPayment"], s["paid"], s["credited"]};
}

TEST_F(InvoiceStatusesTest, EveryOrganizationStartsWithTheDefaultFlow) {
  const json items = List(admin());
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(Names(), (std::vector<std::string>{"Draft", "Approved", "Sent", "Paid", "Credited"}));
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i]["order"], i + 1);
    EXPECT_EQ(items[i]["isActive"], true);
    EXPECT_EQ(items[i]["isDefault"], i == 0);
    EXPECT_EQ(items[i]["version"], 1);
    EXPECT_TRUE(items[i]["createdBy"].is_null()) << "seeded, not made by a user";
  }
  EXPECT_EQ(Flags(items[0]), (std::vector<bool>{false, false, false, false, false, false}));
  EXPECT_EQ(Flags(items[1]), (std::vector<bool>{true, true, false, false, false, false}));
  EXPECT_EQ(Flags(items[2]), (std::vector<bool>{true, true, true, true, false, false}));
  EXPECT_EQ(Flags(items[3]), (std::vector<bool>{true, true, false, false, true, false}));
  EXPECT_EQ(Flags(items[4]), (std::vector<bool>{true, true, false, false, false, true}));

  auto other = server_.SignedIn("admin@other.test");
  const json theirs = List(other);
  ASSERT_EQ(theirs.size(), 5u) << "the other organization has its own";
  EXPECT_NE(theirs[0]["id"], items[0]["id"]);
  server_.CreateOrg("Newcomer Oy");
  server_.CreateUser("admin@newcomer.test", "Administrator", "Newcomer Oy");
  auto newcomer = server_.SignedIn("admin@newcomer.test");
  const json fresh = List(newcomer);
  ASSERT_EQ(fresh.size(), 5u) << "an organization created later gets them too";
  EXPECT_EQ(fresh[0]["name"], "Draft");
  EXPECT_EQ(fresh[0]["isDefault"], true);
}

TEST_F(InvoiceStatusesTest, ReadingNeedsFinancialsViewOrTheSettingsRight) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(kStatuses).status, 200) << "consultants view financials";
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(manager.Get(kStatuses).status, 200);
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(kStatuses).status, 403) << "read-only users see no financials";
  EXPECT_EQ(admin().Get(std::string(kStatuses) + "?includeDisabled=true").status, 422)
      << "the list is always whole";
}

TEST_F(InvoiceStatusesTest, WritingNeedsTheSettingsRight) {
  const json draft = Named("Draft");
  const json items = List(admin());
  for (const char* email : {"consultant@acme.test", "reader@acme.test", "manager@acme.test"}) {
    auto client = server_.SignedIn(email);
    EXPECT_EQ(client.Post(kStatuses, {{"name", "Checked"}}).status, 403) << email;
    EXPECT_EQ(client.Patch(PathOf(draft), {{"version", 1}, {"name", "x"}}).status, 403) << email;
    EXPECT_EQ(client.Delete(PathOf(Named("Credited"))).status, 403) << email;
    EXPECT_EQ(PutOrder(client, Ids(items)).status, 403) << email;
  }
  EXPECT_EQ(Names().size(), 5u);
}

TEST_F(InvoiceStatusesTest, AddsRenamesDisablesAndDeletesAStatus) {
  auto s = Add({{"name", " Reminded "},
                {"readOnly", true},
                {"assignsNumber", true},
                {"sent", true},
                {"waitingPayment", true}});
  EXPECT_EQ(s["name"], "Reminded");
  EXPECT_EQ(s["order"], 6) << "added at the end";
  EXPECT_EQ(Flags(s), (std::vector<bool>{true, true, true, true, false, false}));
  EXPECT_EQ(s["isDefault"], false);
  EXPECT_EQ(s["isActive"], true);
  EXPECT_EQ(s["createdBy"]["id"], admin_id_);
  auto renamed = admin().Patch(PathOf(s), {{"version", 1}, {"name", "Reminder sent"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name"], "Reminder sent");
  EXPECT_EQ(renamed.json()["version"], 2);
  auto disabled = admin().Patch(PathOf(s), {{"version", 2}, {"isActive", false}});
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(disabled.json()["isActive"], false);
  EXPECT_EQ(Names().size(), 6u) << "a disabled status stays in the list";
  EXPECT_EQ(admin().Delete(PathOf(s)).status, 204);
  EXPECT_EQ(admin().Delete(PathOf(s)).status, 404);
  EXPECT_EQ(Names().size(), 5u);
}

TEST_F(InvoiceStatusesTest, RefusesAStaleVersionAndAMissingOne) {
  const json sent = Named("Sent");
  ASSERT_EQ(admin().Patch(PathOf(sent), {{"version", 1}, {"name", "Sent out"}}).status, 200);
  auto stale = admin().Patch(PathOf(sent), {{"version", 1}, {"name", "Mailed"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "Sent out");
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  EXPECT_TRUE(admin().Patch(PathOf(sent), {{"name", "Mailed"}}).has_field_error("version"));
}

TEST_F(InvoiceStatusesTest, MakingAnotherTheDefaultClearsTheOldOneAndPutsItFirst) {
  auto proforma = Add({{"name", "Proforma"}});
  auto r = admin().Patch(PathOf(proforma), {{"version", 1}, {"isDefault", true}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["isDefault"], true);
  EXPECT_EQ(r.json()["order"], 1);
  EXPECT_EQ(Names(), (std::vector<std::string>{"Proforma", "Draft", "Approved", "Sent", "Paid", "Credited"}));
  const json draft = Named("Draft");
  EXPECT_EQ(draft["isDefault"], false);
  EXPECT_EQ(draft["order"], 2);
  EXPECT_GT(draft["version"].get<long long>(), 1) << "its change shows in its version";
  const json items = List(admin());
  int defaults = 0;
  for (const auto& s : items) defaults += s["isDefault"].get<bool>() ? 1 : 0;
  EXPECT_EQ(defaults, 1);

  auto quote = Add({{"name", "Quote"}, {"isDefault", true}});
  EXPECT_EQ(quote["isDefault"], true);
  EXPECT_EQ(quote["order"], 1) << "a new default starts the flow";
  EXPECT_EQ(Named("Proforma")["isDefault"], false);
}

TEST_F(InvoiceStatusesTest, KeepsTheDefaultActiveEditableAndInPlace) {
  const json draft = Named("Draft");
  EXPECT_TRUE(
      admin().Patch(PathOf(draft), {{"version", 1}, {"isDefault", false}}).has_field_error("isDefault"));
  EXPECT_TRUE(
      admin().Patch(PathOf(draft), {{"version", 1}, {"isActive", false}}).has_field_error("isActive"));
  EXPECT_TRUE(
      admin().Patch(PathOf(draft), {{"version", 1}, {"readOnly", true}}).has_field_error("isDefault"));
  const json approved = Named("Approved");
  EXPECT_TRUE(
      admin().Patch(PathOf(approved), {{"version", 1}, {"isDefault", true}}).has_field_error("isDefault"))
      << "a read-only status cannot be where invoices start";
  EXPECT_TRUE(admin()
                  .Post(kStatuses, {{"name", "Off"}, {"isDefault", true}, {"isActive", false}})
                  .has_field_error("isActive"));
  auto del = admin().Delete(PathOf(draft));
  EXPECT_EQ(del.status, 409);
  EXPECT_EQ(Named("Draft")["version"], 1) << "nothing changed";
}

TEST_F(InvoiceStatusesTest, NamesEveryBadField) {
  auto missing = admin().Post(kStatuses, json::object());
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.has_field_error("name"));
  EXPECT_TRUE(admin().Post(kStatuses, {{"name", "  "}}).has_field_error("name"));
  EXPECT_TRUE(admin().Post(kStatuses, {{"name", std::string(61, 'x')}}).has_field_error("name"));
  EXPECT_EQ(admin().Post(kStatuses, {{"name", std::string(60, 'x')}}).status, 201);
  auto dup = admin().Post(kStatuses, {{"name", "DRAFT"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.has_field_error("name")) << "names are unique regardless of case";
  EXPECT_TRUE(admin().Post(kStatuses, {{"name", "A"}, {"assignsNumber", true}}).has_field_error("readOnly"));
  EXPECT_TRUE(
      admin().Post(kStatuses, {{"name", "A"}, {"readOnly", true}, {"sent", true}}).has_field_error("sent"));
  EXPECT_TRUE(admin()
                  .Post(kStatuses, {{"name", "A"}, {"readOnly", true}, {"waitingPayment", true}})
                  .has_field_error("waitingPayment"));
  EXPECT_TRUE(
      admin().Post(kStatuses, {{"name", "A"}, {"readOnly", true}, {"paid", true}}).has_field_error("paid"));
  EXPECT_TRUE(admin()
                  .Post(kStatuses, {{"name", "A"}, {"readOnly", true}, {"credited", true}})
                  .has_field_error("credited"));
  const json numbered = {{"name", "A"}, {"readOnly", true}, {"assignsNumber", true}};
  auto both = numbered;
  both["paid"] = true;
  both["credited"] = true;
  EXPECT_TRUE(admin().Post(kStatuses, both).has_field_error("credited"));
  auto waiting = numbered;
  waiting["paid"] = true;
  waiting["waitingPayment"] = true;
  EXPECT_TRUE(admin().Post(kStatuses, waiting).has_field_error("waitingPayment"));
  EXPECT_TRUE(admin().Post(kStatuses, {{"name", "A"}, {"colour", "red"}}).has_field_error("colour"));
  EXPECT_EQ(admin().Post(kStatuses, {{"name", "A"}, {"paid", "yes"}}).status, 400);

  const json approved = Named("Approved");
  EXPECT_TRUE(
      admin().Patch(PathOf(approved), {{"version", 1}, {"readOnly", false}}).has_field_error("readOnly"))
      << "a status that assigns numbers stays read-only";
  EXPECT_TRUE(admin().Patch(PathOf(approved), {{"version", 1}, {"paid", nullptr}}).has_field_error("paid"));
  EXPECT_TRUE(admin().Patch(PathOf(approved), {{"version", 1}, {"name", nullptr}}).has_field_error("name"));
  auto dup_patch = admin().Patch(PathOf(approved), {{"version", 1}, {"name", "sent"}});
  EXPECT_EQ(dup_patch.status, 409);
  EXPECT_TRUE(dup_patch.has_field_error("name"));
  EXPECT_EQ(Named("Approved")["version"], 1);
}

TEST_F(InvoiceStatusesTest, ReordersTheWholeListWithTheDefaultFirst) {
  json items = List(admin());
  // Draft, Approved, Sent, Credited, Paid.
  json ids = json::array({items[0]["id"], items[1]["id"], items[2]["id"], items[4]["id"], items[3]["id"]});
  auto r = PutOrder(admin(), ids);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Names(), (std::vector<std::string>{"Draft", "Approved", "Sent", "Credited", "Paid"}));
  EXPECT_EQ(Named("Credited")["order"], 4);
  EXPECT_EQ(Named("Credited")["version"], 2);
  EXPECT_EQ(Named("Draft")["version"], 1) << "a status that kept its place is unchanged";

  json default_last =
      json::array({items[1]["id"], items[2]["id"], items[3]["id"], items[4]["id"], items[0]["id"]});
  EXPECT_TRUE(PutOrder(admin(), default_last).has_field_error("ids"));
  json twice = json::array({items[0]["id"], items[0]["id"], items[1]["id"], items[2]["id"], items[3]["id"]});
  EXPECT_TRUE(PutOrder(admin(), twice).has_field_error("ids"));
  EXPECT_TRUE(admin().Send("PUT", kOrder, json::object().dump()).has_field_error("ids"));
  json short_list = json::array({items[0]["id"], items[1]["id"]});
  EXPECT_EQ(PutOrder(admin(), short_list).status, 409) << "a list that misses a status is out of date";
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(PutOrder(other, ids).status, 409) << "another organization's ids are not its list";
  EXPECT_EQ(admin().Send("PUT", kOrder, R"({"ids": "1,2"})").status, 400);
}

TEST_F(InvoiceStatusesTest, AnotherOrganizationsStatusesAreNotFound) {
  const json sent = Named("Sent");
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Patch(PathOf(sent), {{"version", 1}, {"name", "Mine"}}).status, 404);
  EXPECT_EQ(other.Delete(PathOf(sent)).status, 404);
  EXPECT_EQ(admin().Patch(std::string(kStatuses) + "/999999", {{"version", 1}, {"name", "x"}}).status, 404);
  EXPECT_EQ(Named("Sent")["name"], "Sent");
}

}  // namespace
}  // namespace clientele::testing
