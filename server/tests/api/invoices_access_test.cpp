#include <gtest/gtest.h>

#include "support/invoice_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class InvoiceAccessTest : public InvoiceApiTest {
 protected:
  std::string FieldOf(const HttpResult& r) {
    auto body = r.json();
    return body["error"].contains("fields") ? body["error"]["fields"][0]["field"].get<std::string>() : "";
  }
};

TEST_F(InvoiceAccessTest, RefusesBadRequestsNamingTheField) {
  AddHours("2026-11-02", 60, true, 12'000, 0);
  const auto customer = IdOf(customer_);
  const auto project = IdOf(project_);
  struct Case {
    json body;
    int status;
    std::string field;
  };
  const json row = {{"description", "Workshop"}, {"quantity", "1"}, {"unitPrice", Eur(100)}};
  const std::vector<Case> cases = {
      {{{"projectIds", json::array({project})}, {"until", "2026-11-30"}}, 422, "customerId"},
      {{{"customerId", customer}}, 422, "projectIds"},
      {{{"customerId", customer}, {"projectIds", json::array({project})}}, 422, "until"},
      {{{"customerId", customer}, {"projectIds", json::array({project})}, {"until", "2026-02-30"}},
       422,
       "until"},
      {{{"customerId", customer},
        {"projectIds", json::array({project})},
        {"until", "2026-11-30"},
        {"grouping", "week"}},
       422,
       "grouping"},
      {{{"customerId", customer},
        {"projectIds", json::array({project})},
        {"until", "2026-11-30"},
        {"rows", json::array({row})}},
       422,
       "rows"},
      {{{"customerId", customer}, {"rows", json::array()}}, 422, "rows"},
      {{{"customerId", customer}, {"rows", json::array({json{{"quantity", "1"}, {"unitPrice", Eur(1)}}})}},
       422,
       "rows[0].description"},
      {{{"customerId", customer},
        {"rows", json::array({json{{"description", "x"}, {"quantity", "1.00001"}, {"unitPrice", Eur(1)}}})}},
       422,
       "rows[0].quantity"},
      {{{"customerId", customer},
        {"rows", json::array({json{{"description", "x"},
                                   {"quantity", "1"},
                                   {"unitPrice", {{"amount", 1}, {"currency", "SEK"}}}}})}},
       422,
       "rows[0].unitPrice.currency"},
      {{{"customerId", customer},
        {"rows",
         json::array(
             {json{{"description", "x"}, {"quantity", "1"}, {"unitPrice", Eur(1)}, {"vatRateId", 99999}}})}},
       422,
       "rows[0].vatRateId"},
      {{{"customerId", customer}, {"rows", json::array({row})}, {"colour", "red"}}, 422, "colour"},
      {{{"customerId", 999'999}, {"rows", json::array({row})}}, 404, ""},
      {{{"customerId", customer}, {"projectIds", json::array({999'999})}, {"until", "2026-11-30"}}, 404, ""},
  };
  for (const auto& c : cases) {
    auto r = admin().Post("/api/v1/invoices", c.body);
    EXPECT_EQ(r.status, c.status) << c.body.dump() << " → " << r.body;
    if (!c.field.empty()) {
      EXPECT_EQ(FieldOf(r), c.field) << c.body.dump();
    }
  }
  EXPECT_EQ(admin().Get("/api/v1/invoices").json()["items"].size(), 0u) << "nothing half-made";
}

TEST_F(InvoiceAccessTest, AProjectOfAnotherCustomerOrOrganizationIsRefused) {
  auto other_customer = Create({{"name", "Kone Oyj"}});
  auto other_project = AddProject(other_customer, "Elevators");
  auto r = admin().Post("/api/v1/invoices", {{"customerId", IdOf(customer_)},
                                             {"projectIds", json::array({IdOf(other_project)})},
                                             {"until", "2026-11-30"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldOf(r), "projectIds");

  auto foreign = server_.SignedIn("admin@other.test");
  AddHours("2026-11-02", 60, true, 12'000, 0);
  auto invoice = InvoiceProject("2026-11-30");
  EXPECT_EQ(foreign.Get(InvoicePath(invoice)).status, 404) << "another organization's invoice";
  EXPECT_EQ(foreign.Get(ProjectPath(project_) + "/uninvoiced?until=2026-11-30").status, 404);
  EXPECT_EQ(foreign.Get(PathOf(customer_) + "/invoices").status, 404);
  EXPECT_EQ(foreign.Post(InvoicePath(invoice) + "/credit", json::object()).status, 404);
  EXPECT_EQ(foreign.Delete(InvoicePath(invoice)).status, 404);
}

TEST_F(InvoiceAccessTest, AnOrganizationWithoutInvoicingDetailsIsToldWhatIsMissing) {
  auto other = server_.SignedIn("admin@other.test");
  auto customer = other.Post("/api/v1/customers", {{"name", "Equinor ASA"}}).json();
  auto r = other.Post(
      "/api/v1/invoices",
      {{"customerId", IdOf(customer)},
       {"rows", json::array({json{{"description", "x"}, {"quantity", "1"}, {"unitPrice", Eur(1)}}})}});
  ASSERT_EQ(r.status, 422) << r.body;
  const auto body = r.json();
  std::vector<std::string> fields;
  for (const auto& f : body["error"]["fields"]) fields.push_back(f["field"]);
  EXPECT_EQ(fields, (std::vector<std::string>{"legalName", "businessId", "country", "address", "iban"}));
}

TEST_F(InvoiceAccessTest, ViewingNeedsFinancialsViewAndChangingFinancialsEdit) {
  auto invoice = ManualInvoice();
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get("/api/v1/invoices").status, 403) << "the Read-only role sees no invoices";
  EXPECT_EQ(reader.Get(InvoicePath(invoice)).status, 403);
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/invoices").status, 403);

  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(InvoicePath(invoice)).status, 200) << "financials view: all";
  EXPECT_EQ(consultant
                .Post("/api/v1/invoices",
                      {{"customerId", IdOf(customer_)},
                       {"rows",
                        json::array({json{{"description", "x"}, {"quantity", "1"}, {"unitPrice", Eur(1)}}})}})
                .status,
            403);
  EXPECT_EQ(Move(invoice, "Approved", &consultant).status, 403);
  EXPECT_EQ(consultant.Delete(InvoicePath(invoice)).status, 403);
  EXPECT_EQ(consultant
                .Post(InvoicePath(invoice) + "/rows",
                      {{"description", "x"}, {"quantity", "1"}, {"unitPrice", Eur(1)}})
                .status,
            403);

  SetRoleRight("Consultant", "financials_view", "own");
  auto own = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(own.Get(InvoicePath(invoice)).status, 404) << "not the consultant's customer";
  EXPECT_EQ(own.Get("/api/v1/invoices").json()["items"].size(), 0u);
  auto patched = admin().Patch(
      PathOf(customer_),
      {{"accountOwnerId", consultant_id_}, {"version", admin().Get(PathOf(customer_)).json()["version"]}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(own.Get(InvoicePath(invoice)).status, 200) << "the account owner sees the customer's invoices";
  EXPECT_EQ(own.Get("/api/v1/invoices").json()["items"].size(), 1u);
}

TEST_F(InvoiceAccessTest, TheCustomerCardListsItsInvoicesWithAStatusFilter) {
  auto first = ManualInvoice("1", 10'000);
  auto second = ManualInvoice("2", 10'000);
  ASSERT_EQ(Move(second, "Approved").status, 200);
  ASSERT_EQ(Move(second, "Sent").status, 200);
  auto list = admin().Get(PathOf(customer_) + "/invoices");
  ASSERT_EQ(list.status, 200) << list.body;
  auto items = list.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(IdOf(items[0]), IdOf(second)) << "newest first";
  EXPECT_EQ(items[0]["number"], 1000);
  EXPECT_EQ(items[0]["totalExcludingVat"], Eur(20'000));
  EXPECT_EQ(items[0]["totalIncludingVat"], Eur(25'100));
  EXPECT_EQ(items[0]["open"], true);
  EXPECT_EQ(items[0]["overdue"], false) << "due in 14 days";
  SetToday("2027-01-31");
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/invoices").json()["items"][0]["overdue"], true);
  auto sent = admin().Get(PathOf(customer_) + "/invoices?status=" + std::to_string(InvoiceStatus("Sent")));
  ASSERT_EQ(sent.json()["items"].size(), 1u);
  EXPECT_EQ(IdOf(sent.json()["items"][0]), IdOf(second));
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/invoices?colour=red").status, 422);
  auto paged = admin().Get("/api/v1/invoices?limit=1").json();
  ASSERT_TRUE(paged["nextCursor"].is_string());
  auto next = admin().Get("/api/v1/invoices?limit=1&cursor=" + paged["nextCursor"].get<std::string>()).json();
  ASSERT_EQ(next["items"].size(), 1u);
  EXPECT_EQ(IdOf(next["items"][0]), IdOf(first));
}

TEST_F(InvoiceAccessTest, EditsTheHeaderAndRowsOfADraftWithVersions) {
  AddHours("2026-11-02", 60, true, 12'000, 0);
  auto invoice = InvoiceProject("2026-11-30");
  auto no_version = admin().Patch(InvoicePath(invoice), {{"ourReference", "AB"}});
  EXPECT_EQ(no_version.status, 422) << no_version.body;
  auto r = admin().Patch(InvoicePath(invoice), {{"ourReference", " Anna "},
                                                {"yourReference", "PO-77"},
                                                {"date", "2026-12-10"},
                                                {"version", invoice["version"]}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["ourReference"], "Anna");
  EXPECT_EQ(r.json()["dueDate"], "2026-12-24") << "a new date moves the due date by the term";
  auto stale = admin().Patch(InvoicePath(invoice), {{"notes", "x"}, {"version", invoice["version"]}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  auto bad =
      admin().Patch(InvoicePath(invoice), {{"dueDate", "2026-12-01"}, {"version", r.json()["version"]}});
  EXPECT_EQ(bad.status, 422) << "due before the date: " << bad.body;
  auto language = admin().Patch(InvoicePath(invoice), {{"language", "de"}, {"version", r.json()["version"]}});
  EXPECT_EQ(language.status, 422);

  auto added = admin().Post(InvoicePath(invoice) + "/rows",
                            {{"description", "Discount"}, {"quantity", "-1"}, {"unitPrice", Eur(2'000)}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json()["totalExcludingVat"], Eur(12'000 - 2'000));
  const auto rows = added.json()["rows"];
  ASSERT_EQ(rows.size(), 2u);
  auto changed = admin().Patch("/api/v1/invoice-rows/" + std::to_string(IdOf(rows[1])),
                               {{"unitPrice", Eur(1'000)}, {"vatRateId", VatRate("14")}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["rows"][1]["net"], Eur(-1'000));
  EXPECT_EQ(changed.json()["rows"][1]["vatPercent"], "14");
  EXPECT_EQ(admin().Patch("/api/v1/invoice-rows/999999", {{"quantity", "1"}}).status, 404);

  auto removed = admin().Delete("/api/v1/invoice-rows/" + std::to_string(IdOf(rows[0])));
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.json()["rows"].size(), 1u);
  EXPECT_EQ(Uninvoiced("2026-11-30")["hours"].size(), 1u) << "the removed row's hours are open again";
}

}  // namespace
}  // namespace clientele::testing
