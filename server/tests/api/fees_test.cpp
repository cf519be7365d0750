#include <gtest/gtest.h>

#include "support/money_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class FeesTest : public MoneyApiTest {};

TEST_F(FeesTest, AddsAFeeWithItsExactQuantityAndRoundedTotals) {
  auto fee = AddFee({{"quantity", "1.5"}, {"unitPrice", Eur(333)}, {"unitCost", Eur(100)}});
  EXPECT_EQ(fee["kind"], "fee");
  EXPECT_EQ(fee["quantity"], "1.5");
  EXPECT_EQ(fee["unitPrice"], Eur(333));
  EXPECT_EQ(fee["priceTotal"], Eur(500)) << "1.5 × 3.33 = 4.995 → 5.00, half away from zero";
  EXPECT_EQ(fee["costTotal"], Eur(150));
  EXPECT_EQ(fee["billable"], true) << "a fee is billable unless told otherwise";
  EXPECT_EQ(fee["vatRateId"], nullptr);
  EXPECT_EQ(fee["invoiceId"], nullptr);
  EXPECT_EQ(fee["version"], 1);
  EXPECT_EQ(fee["projectId"], IdOf(project_));
  EXPECT_EQ(fee["customerId"], IdOf(customer_));

  auto cost = AddFee({{"kind", "cost"}, {"unitCost", Eur(900)}});
  EXPECT_EQ(cost["billable"], false) << "a cost is not re-charged unless told";
  EXPECT_EQ(cost["unitCost"], Eur(900));
  auto zero_cost = AddFee();
  EXPECT_EQ(zero_cost["unitCost"], Eur(0)) << "unit cost defaults to zero";
}

TEST_F(FeesTest, ListsNewestFirstWithTotalsOfEveryMatchingRow) {
  AddFee({{"date", "2026-11-01"}, {"quantity", "2"}, {"unitPrice", Eur(1000)}, {"unitCost", Eur(400)}});
  AddFee({{"date", "2026-12-01"}, {"kind", "cost"}, {"unitPrice", Eur(500)}, {"unitCost", Eur(500)}});
  AddFee({{"date", "2026-12-20"}, {"quantity", "0.5"}, {"unitPrice", Eur(1)}});
  auto r = admin().Get(FeesPath() + "?limit=2");
  ASSERT_EQ(r.status, 200) << r.body;
  auto list = r.json();
  ASSERT_EQ(list["items"].size(), 2u);
  EXPECT_EQ(list["items"][0]["date"], "2026-12-20");
  EXPECT_EQ(list["items"][1]["date"], "2026-12-01");
  EXPECT_EQ(list["totals"]["count"], 3);
  EXPECT_EQ(list["totals"]["price"], Eur(2000 + 500 + 1));
  EXPECT_EQ(list["totals"]["billable"], Eur(2000 + 1)) << "the cost is not billable";
  EXPECT_EQ(list["totals"]["cost"], Eur(800 + 500));
  ASSERT_TRUE(list["nextCursor"].is_string());
  auto next = admin().Get(FeesPath() + "?limit=2&cursor=" + list["nextCursor"].get<std::string>()).json();
  ASSERT_EQ(next["items"].size(), 1u);
  EXPECT_EQ(next["items"][0]["date"], "2026-11-01");
  EXPECT_EQ(next["nextCursor"], nullptr);

  auto costs = admin().Get(FeesPath() + "?kind=cost").json();
  EXPECT_EQ(costs["totals"]["count"], 1);
  auto december = admin().Get(FeesPath() + "?from=2026-12-01&to=2026-12-31").json();
  EXPECT_EQ(december["totals"]["count"], 2);
}

TEST_F(FeesTest, RefusesBadQuantitiesMoneyAndMissingFields) {
  auto post = [&](json overrides) {
    json body = {{"kind", "fee"},   {"date", "2026-12-10"}, {"description", "Licence"},
                 {"quantity", "1"}, {"unit", "pcs"},        {"unitPrice", Eur(100)}};
    body.update(overrides);
    return admin().Post(FeesPath(), body);
  };
  struct Case {
    json body;
    std::string field;
  };
  const std::vector<Case> cases = {
      {{{"quantity", "1.255"}}, "quantity"},
      {{{"quantity", "0"}}, "quantity"},
      {{{"quantity", "-1"}}, "quantity"},
      {{{"quantity", "1e3"}}, "quantity"},
      {{{"quantity", "1,5"}}, "quantity"},
      {{{"unitPrice", {{"amount", 12.5}, {"currency", "EUR"}}}}, "unitPrice"},
      {{{"unitPrice", Eur(-1)}}, "unitPrice.amount"},
      {{{"unitPrice", {{"amount", 100}, {"currency", "SEK"}}}}, "unitPrice.currency"},
      {{{"unitCost", {{"amount", 100}, {"currency", "USD"}}}}, "unitCost.currency"},
      {{{"unitPrice", Eur(10'000'000'000'001)}}, "unitPrice.amount"},
      {{{"quantity", "1000"}, {"unitPrice", Eur(10'000'000'000'000)}}, "quantity"},
      {{{"kind", "gift"}}, "kind"},
      {{{"date", "2026-02-30"}}, "date"},
      {{{"description", "  "}}, "description"},
      {{{"unit", ""}}, "unit"},
      {{{"vatRateId", 3}}, "vatRateId"},
      {{{"invoiceId", 3}}, "invoiceId"},
      {{{"unitPrice", nullptr}}, "unitPrice"},
  };
  for (const auto& c : cases) {
    auto r = post(c.body);
    EXPECT_EQ(r.status, 422) << c.body.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(c.field)) << c.body.dump() << " " << r.body;
  }
  auto missing = admin().Post(FeesPath(), json::object());
  EXPECT_EQ(missing.status, 422);
  for (const char* field : {"kind", "date", "description", "quantity", "unit", "unitPrice"})
    EXPECT_TRUE(missing.has_field_error(field)) << field;
  EXPECT_EQ(post({{"quantity", 1.25}}).status, 400) << "a JSON number is not a decimal string";
}

TEST_F(FeesTest, PatchNeedsTheVersionAndAnswersStaleVersionsWithTheCurrentRow) {
  auto fee = AddFee();
  EXPECT_TRUE(admin().Patch(FeePath(fee), {{"quantity", "2"}}).has_field_error("version"));
  auto changed = admin().Patch(FeePath(fee), {{"version", 1}, {"quantity", "2.25"}, {"billable", false}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["quantity"], "2.25");
  EXPECT_EQ(changed.json()["priceTotal"], Eur(22500));
  EXPECT_EQ(changed.json()["billable"], false);
  EXPECT_EQ(changed.json()["version"], 2);
  EXPECT_EQ(changed.json()["description"], "Licence") << "fields left out stay";

  auto stale = admin().Patch(FeePath(fee), {{"version", 1}, {"quantity", "3"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["quantity"], "2.25");
  EXPECT_EQ(admin().Patch(FeePath(fee), {{"version", 2}, {"quantity", "0.001"}}).status, 422);
}

TEST_F(FeesTest, InvoicedRowsAreLocked) {
  auto fee = AddFee();
  const long long id = IdOf(fee);
  ASSERT_TRUE(server_.db()
                  .Write([&](soci::session& sql) {
                    sql << "UPDATE project_fees SET invoice_id = 7 WHERE id = :id", soci::use(id, "id");
                    return Status(Ok());
                  })
                  .ok());
  auto patch = admin().Patch(FeePath(fee), {{"version", 1}, {"quantity", "2"}});
  EXPECT_EQ(patch.status, 409) << patch.body;
  EXPECT_EQ(admin().Delete(FeePath(fee)).status, 409);
  EXPECT_EQ(admin().Get(FeesPath()).json()["items"][0]["invoiceId"], 7);
}

TEST_F(FeesTest, DeletesARow) {
  auto fee = AddFee();
  EXPECT_EQ(admin().Delete(FeePath(fee)).status, 204);
  EXPECT_EQ(admin().Delete(FeePath(fee)).status, 404);
  EXPECT_EQ(admin().Get(FeesPath()).json()["totals"]["count"], 0);
}

TEST_F(FeesTest, FinancialsViewSeesAndFinancialsEditChanges) {
  auto fee = AddFee();
  // A consultant has financials view: sees, may not change (DESIGN.md §6).
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(FeesPath()).status, 200);
  EXPECT_EQ(consultant.Post(FeesPath(), {{"kind", "fee"}}).status, 403);
  EXPECT_EQ(consultant.Patch(FeePath(fee), {{"version", 1}, {"quantity", "2"}}).status, 403);
  EXPECT_EQ(consultant.Delete(FeePath(fee)).status, 403);
  // A manager has financials edit.
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(manager.Patch(FeePath(fee), {{"version", 1}, {"quantity", "2"}}).status, 200);
  // Read-only has no financials at all.
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(FeesPath()).status, 403);
  EXPECT_EQ(reader.Delete(FeePath(fee)).status, 403);
}

TEST_F(FeesTest, FinancialsOwnCoversOnlyTheCallersProjects) {
  SetRoleRight("Consultant", "financials_view", "own");
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(FeesPath()).status, 403) << "another's project";
  ASSERT_EQ(admin().Patch(ProjectPath(project_), {{"version", 1}, {"memberIds", {consultant_id_}}}).status,
            200);
  EXPECT_EQ(consultant.Get(FeesPath()).status, 200) << "a member's project";
}

TEST_F(FeesTest, AnotherOrganizationsIdsAreNotFound) {
  auto fee = AddFee();
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(FeesPath()).status, 404);
  EXPECT_EQ(other.Post(FeesPath(), {{"kind", "fee"}}).status, 404);
  EXPECT_EQ(other.Patch(FeePath(fee), {{"version", 1}, {"quantity", "2"}}).status, 404);
  EXPECT_EQ(other.Delete(FeePath(fee)).status, 404);
  EXPECT_EQ(admin().Get("/api/v1/projects/999999/fees").status, 404);
}

TEST_F(FeesTest, RefusesUnknownFiltersAndBadCursors) {
  EXPECT_TRUE(admin().Get(FeesPath() + "?kinds=fee").has_field_error("kinds"));
  EXPECT_TRUE(admin().Get(FeesPath() + "?kind=gift").has_field_error("kind"));
  EXPECT_TRUE(admin().Get(FeesPath() + "?from=2026-13-01").has_field_error("from"));
  EXPECT_TRUE(admin().Get(FeesPath() + "?cursor=nope").has_field_error("cursor"));
}

TEST_F(FeesTest, TheProjectsCurrencyIsFixedWhileFeesOrForecastsHoldAmountsInIt) {
  auto fresh = AddProject(customer_, "Audit");
  auto changed = admin().Patch(ProjectPath(fresh), {{"version", 1}, {"currency", "SEK"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(admin()
                .Post(ProjectPath(fresh) + "/fees", {{"kind", "fee"},
                                                     {"date", "2026-12-10"},
                                                     {"description", "Licence"},
                                                     {"quantity", "1"},
                                                     {"unit", "pcs"},
                                                     {"unitPrice", Eur(100)}})
                .status,
            422)
      << "money in another currency than the project's";

  AddFee();
  auto refused = admin().Patch(ProjectPath(project_), {{"version", 1}, {"currency", "SEK"}});
  EXPECT_EQ(refused.status, 409) << refused.body;
}

}  // namespace
}  // namespace clientele::testing
