#include <algorithm>
#include <thread>

#include <gtest/gtest.h>

#include "support/invoice_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class InvoicesTest : public InvoiceApiTest {
 protected:
  /// Two billable November entries (1.5 h + 0.5 h at 120.00), one not billable, one in December.
  void AddMonthOfWork() {
    AddHours("2026-11-02", 90, true, 12'000, 5'000);
    AddHours("2026-11-03", 30, true, 12'000, 5'000);
    AddHours("2026-11-04", 60, false, 0, 5'000);
    AddHours("2026-12-01", 60, true, 12'000, 5'000);
  }
  std::vector<long long> HourIds(const std::string& query = "") {
    auto list = admin().Get("/api/v1/hours?project=" + std::to_string(IdOf(project_)) + query).json();
    std::vector<long long> ids;
    for (const auto& h : list["items"]) ids.push_back(IdOf(h));
    return ids;
  }
};

TEST_F(InvoicesTest, InvoicesAMonthOfHoursAndFeesPerWorkTypeAndLocksThem) {
  AddMonthOfWork();
  auto fee = AddFee({{"date", "2026-11-10"}, {"quantity", "1.5"}, {"unitPrice", Eur(10'000)}});
  AddFee({{"date", "2026-12-10"}});

  auto open = Uninvoiced("2026-11-30");
  ASSERT_EQ(open["hours"].size(), 2u) << "billable, uninvoiced, up to the date";
  ASSERT_EQ(open["fees"].size(), 1u);
  EXPECT_EQ(open["totals"]["minutes"], 120);
  EXPECT_EQ(open["totals"]["hours"], Eur(24'000));
  EXPECT_EQ(open["totals"]["fees"], Eur(15'000));
  EXPECT_EQ(open["complete"], true);

  auto invoice = InvoiceProject("2026-11-30");
  EXPECT_EQ(invoice["status"]["name"], "Draft");
  EXPECT_EQ(invoice["number"], nullptr) << "drafts have no number";
  EXPECT_EQ(invoice["referenceNumber"], nullptr);
  EXPECT_EQ(invoice["currency"], "EUR");
  EXPECT_EQ(invoice["projectIds"], json::array({IdOf(project_)}));
  EXPECT_EQ(invoice["billingAddress"]["name"], "Oy Nokia, Ab");
  EXPECT_EQ(invoice["date"], "2026-12-05") << "today in the organization";
  EXPECT_EQ(invoice["dueDate"], "2026-12-19") << "plus the default 14-day payment term";
  EXPECT_EQ(invoice["language"], "fi");
  ASSERT_EQ(invoice["rows"].size(), 2u);
  const auto hours = invoice["rows"][0];
  EXPECT_EQ(hours["description"], "Consulting");
  EXPECT_EQ(hours["quantity"], "2");
  EXPECT_EQ(hours["unit"], "h");
  EXPECT_EQ(hours["unitPrice"], Eur(12'000));
  EXPECT_EQ(hours["net"], Eur(24'000));
  EXPECT_EQ(hours["vatPercent"], "25.5") << "hours take the standard rate";
  EXPECT_EQ(hours["hourCount"], 2);
  const auto fee_row = invoice["rows"][1];
  EXPECT_EQ(fee_row["description"], "Licence");
  EXPECT_EQ(fee_row["quantity"], "1.5");
  EXPECT_EQ(fee_row["net"], Eur(15'000));
  EXPECT_EQ(fee_row["feeCount"], 1);
  EXPECT_EQ(invoice["totalExcludingVat"], Eur(39'000));
  EXPECT_EQ(invoice["vatTotal"], Eur(9'945)) << "390.00 × 25.5 % = 99.45";
  EXPECT_EQ(invoice["totalIncludingVat"], Eur(48'945));
  ASSERT_EQ(invoice["vatBreakdown"].size(), 1u);
  EXPECT_EQ(invoice["vatBreakdown"][0]["taxable"], Eur(39'000));

  auto after = Uninvoiced("2026-11-30");
  EXPECT_EQ(after["hours"].size(), 0u) << "invoiced rows are no longer open";
  EXPECT_EQ(after["fees"].size(), 0u);
  EXPECT_EQ(HourIds("&invoiced=true").size(), 2u);
  auto locked = admin().Patch(FeePath(fee), {{"description", "Changed"}, {"version", fee["version"]}});
  EXPECT_EQ(locked.status, 409) << "an invoiced fee cannot change: " << locked.body;

  auto again = admin().Post("/api/v1/invoices", {{"customerId", IdOf(customer_)},
                                                 {"projectIds", json::array({IdOf(project_)})},
                                                 {"until", "2026-11-30"}});
  EXPECT_EQ(again.status, 422) << again.body;
  EXPECT_EQ(again.json()["error"]["fields"][0]["field"], "until") << "nothing left to invoice";
}

TEST_F(InvoicesTest, GroupsPerEntryPerUserAndPerMonth) {
  AddMonthOfWork();
  auto per_entry = InvoiceProject("2026-12-31", "entry");
  ASSERT_EQ(per_entry["rows"].size(), 3u);
  EXPECT_EQ(per_entry["rows"][0]["quantity"], "1.5");
  EXPECT_EQ(per_entry["rows"][0]["description"].get<std::string>().substr(0, 10), "2026-11-02");
  ASSERT_EQ(admin().Delete(InvoicePath(per_entry)).status, 204) << "a draft can be deleted";

  auto per_month = InvoiceProject("2026-12-31", "month");
  ASSERT_EQ(per_month["rows"].size(), 2u);
  EXPECT_EQ(per_month["rows"][0]["description"], "2026-11");
  EXPECT_EQ(per_month["rows"][0]["quantity"], "2");
  EXPECT_EQ(per_month["rows"][1]["description"], "2026-12");
  ASSERT_EQ(admin().Delete(InvoicePath(per_month)).status, 204);

  auto per_user = InvoiceProject("2026-12-31", "user");
  ASSERT_EQ(per_user["rows"].size(), 1u);
  EXPECT_EQ(per_user["rows"][0]["quantity"], "3");
  EXPECT_EQ(per_user["rows"][0]["hourCount"], 3);
}

TEST_F(InvoicesTest, InvoicesChosenRowsAndAnswers409WhenTheyAreInvoicedAlready) {
  AddMonthOfWork();
  const auto ids = HourIds("&billable=true");
  ASSERT_EQ(ids.size(), 3u);
  auto first = MakeInvoice({{"hourIds", json::array({ids[0]})}});
  ASSERT_EQ(first["rows"].size(), 1u);
  EXPECT_EQ(first["projectIds"], json::array({IdOf(project_)})) << "the projects of the chosen rows";

  auto twice = admin().Post("/api/v1/invoices",
                            {{"customerId", IdOf(customer_)}, {"hourIds", json::array({ids[0], ids[1]})}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_NE(twice.body.find(std::to_string(ids[0])), std::string::npos) << "the 409 names the row";
  EXPECT_EQ(HourIds("&invoiced=false&billable=true").size(), 2u) << "the refused invoice locked nothing";

  auto unknown = admin().Post("/api/v1/invoices",
                              {{"customerId", IdOf(customer_)}, {"hourIds", json::array({999'999})}});
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  const auto not_billable = HourIds("&billable=false");
  ASSERT_EQ(not_billable.size(), 1u);
  auto refused = admin().Post("/api/v1/invoices",
                              {{"customerId", IdOf(customer_)}, {"hourIds", json::array({not_billable[0]})}});
  EXPECT_EQ(refused.status, 422) << refused.body;
}

TEST_F(InvoicesTest, TwoPeopleInvoicingTheSameRowsAtOnceNeverBothSucceed) {
  AddMonthOfWork();
  const auto ids = HourIds("&billable=true");
  const json body = {{"customerId", IdOf(customer_)}, {"hourIds", ids}};
  constexpr int kRounds = 5;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<int> statuses(2);
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i)
      threads.emplace_back([&, i] {
        statuses[i] = server_.SignedIn("admin@acme.test").Post("/api/v1/invoices", body).status;
      });
    for (auto& t : threads) t.join();
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, (std::vector<int>{201, 409})) << "round " << round;
    auto list = admin().Get("/api/v1/invoices?customer=" + std::to_string(IdOf(customer_))).json();
    ASSERT_EQ(list["items"].size(), 1u);
    ASSERT_EQ(admin().Delete("/api/v1/invoices/" + std::to_string(IdOf(list["items"][0]))).status, 204);
  }
}

TEST_F(InvoicesTest, ApprovingGivesGapFreeNumbersUnderTwentyParallelApprovals) {
  constexpr int kInvoices = 20;
  std::vector<json> invoices;
  for (int i = 0; i < kInvoices; ++i) invoices.push_back(ManualInvoice());
  const auto approved = InvoiceStatus("Approved");
  std::vector<int> statuses(kInvoices);
  std::vector<std::thread> threads;
  for (int i = 0; i < kInvoices; ++i)
    threads.emplace_back([&, i] {
      statuses[i] = server_.SignedIn("admin@acme.test")
                        .Post(InvoicePath(invoices[i]) + "/status",
                              {{"statusId", approved}, {"version", invoices[i]["version"]}})
                        .status;
    });
  for (auto& t : threads) t.join();
  std::vector<long long> numbers;
  for (int i = 0; i < kInvoices; ++i) {
    EXPECT_EQ(statuses[i], 200) << "invoice " << i;
    numbers.push_back(admin().Get(InvoicePath(invoices[i])).json()["number"].get<long long>());
  }
  std::sort(numbers.begin(), numbers.end());
  for (int i = 0; i < kInvoices; ++i) EXPECT_EQ(numbers[i], 1000 + i) << "numbers start at 1000, no gaps";
}

TEST_F(InvoicesTest, MovesThroughTheFlowWithANumberAndAFinnishReference) {
  auto invoice = ManualInvoice();
  auto paid_early = Move(invoice, "Paid");
  EXPECT_EQ(paid_early.status, 409) << "paid only after sent: " << paid_early.body;
  auto approved = Move(invoice, "Approved");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()["number"], 1000);
  EXPECT_EQ(approved.json()["referenceNumber"], "10003") << "1000 + its 7-3-1 check digit";
  EXPECT_EQ(approved.json()["status"]["readOnly"], true);

  const auto locked = approved.json();
  auto edit = admin().Patch(InvoicePath(locked), {{"notes", "x"}, {"version", locked["version"]}});
  EXPECT_EQ(edit.status, 409) << edit.body;
  auto row = admin().Post(InvoicePath(locked) + "/rows",
                          {{"description", "Extra"}, {"quantity", "1"}, {"unitPrice", Eur(100)}});
  EXPECT_EQ(row.status, 409) << row.body;
  EXPECT_EQ(admin().Delete(InvoicePath(locked)).status, 409) << "a numbered invoice stays";
  EXPECT_EQ(Move(invoice, "Draft").status, 409) << "a locked invoice never becomes editable again";

  auto sent = Move(invoice, "Sent");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json()["open"], true);
  EXPECT_EQ(sent.json()["number"], 1000) << "the number stays";
  auto stale = admin().Post(InvoicePath(invoice) + "/status",
                            {{"statusId", InvoiceStatus("Paid")}, {"version", locked["version"]}});
  EXPECT_EQ(stale.status, 409) << "an old version: " << stale.body;
  auto paid = Move(invoice, "Paid");
  ASSERT_EQ(paid.status, 200) << paid.body;
  EXPECT_EQ(paid.json()["open"], false);

  auto history = admin().Get(InvoicePath(invoice) + "/history").json();
  ASSERT_GE(history["items"].size(), 4u);
  EXPECT_EQ(history["items"][0]["field"], "status");
  EXPECT_EQ(history["items"][0]["newValue"], "Paid");
}

TEST_F(InvoicesTest, ACreditNoteCancelsTheInvoiceAndReleasesItsRows) {
  AddMonthOfWork();
  auto invoice = InvoiceProject("2026-11-30");
  auto draft_credit = admin().Post(InvoicePath(invoice) + "/credit", json::object());
  EXPECT_EQ(draft_credit.status, 409) << "a draft has no number: " << draft_credit.body;
  ASSERT_EQ(Move(invoice, "Approved").status, 200);

  auto r = admin().Post(InvoicePath(invoice) + "/credit", json::object());
  ASSERT_EQ(r.status, 201) << r.body;
  auto note = r.json();
  EXPECT_EQ(note["creditedInvoiceId"], IdOf(invoice));
  EXPECT_EQ(note["number"], 1001) << "its own number";
  EXPECT_EQ(note["referenceNumber"], "10016");
  ASSERT_EQ(note["rows"].size(), 1u);
  EXPECT_EQ(note["rows"][0]["quantity"], "-2");
  EXPECT_EQ(note["totalExcludingVat"], Eur(-24'000));
  EXPECT_EQ(note["totalIncludingVat"], Eur(-30'120)) << "−240.00 − 61.20 VAT";

  auto original = admin().Get(InvoicePath(invoice)).json();
  EXPECT_EQ(original["status"]["name"], "Credited");
  EXPECT_EQ(original["creditNoteId"], IdOf(note));
  EXPECT_EQ(Uninvoiced("2026-11-30")["hours"].size(), 2u) << "the credited hours can be invoiced anew";
  EXPECT_EQ(admin().Post(InvoicePath(invoice) + "/credit", json::object()).status, 409) << "credited once";
  EXPECT_EQ(admin().Post(InvoicePath(note) + "/credit", json::object()).status, 409) << "not a credit note";
  auto again = InvoiceProject("2026-11-30");
  EXPECT_EQ(again["rows"][0]["hourCount"], 2);
}

TEST_F(InvoicesTest, ManualRowsAtThreeRatesGiveAVatBreakdownRoundedOncePerRate) {
  const json rows = json::array({
      {{"description", "Consulting"}, {"quantity", "3"}, {"unitPrice", Eur(3'333)}},
      {{"description", "Book"}, {"quantity", "1"}, {"unitPrice", Eur(1'999)}, {"vatRateId", VatRate("10")}},
      {{"description", "Lunch"}, {"quantity", "2"}, {"unitPrice", Eur(1'255)}, {"vatRateId", VatRate("14")}},
      {{"description", "Follow-up"}, {"quantity", "0.5"}, {"unitPrice", Eur(3'333)}},
  });
  auto invoice = MakeInvoice({{"rows", rows}});
  // 25.5 %: 99.99 + 16.67 (16.665 → half away) = 116.66 → VAT 29.7483 → 29.75
  // 10 %: 19.99 → 1.999 → 2.00;  14 %: 25.10 → 3.514 → 3.51
  ASSERT_EQ(invoice["vatBreakdown"].size(), 3u);
  EXPECT_EQ(invoice["vatBreakdown"][0]["percent"], "25.5");
  EXPECT_EQ(invoice["vatBreakdown"][0]["taxable"], Eur(11'666));
  EXPECT_EQ(invoice["vatBreakdown"][0]["vat"], Eur(2'975));
  EXPECT_EQ(invoice["vatBreakdown"][1]["vat"], Eur(200));
  EXPECT_EQ(invoice["vatBreakdown"][2]["vat"], Eur(351));
  EXPECT_EQ(invoice["totalExcludingVat"], Eur(11'666 + 1'999 + 2'510));
  EXPECT_EQ(invoice["vatTotal"], Eur(2'975 + 200 + 351));
  EXPECT_EQ(invoice["totalIncludingVat"], Eur(16'175 + 3'526));
}

}  // namespace
}  // namespace clientele::testing
