// A customer's pipeline totals stay exact and answer 200 however many sales cases add up, and amounts are
// bounded to what a business needs (security review, issue 23, item 2).
#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

constexpr long long kMaxAmount = 10'000'000'000'000;  // 10^13 minor units

class SalesTotalsTest : public ProjectApiTest {
 protected:
  static json Value(long long amount) { return {{"amount", amount}, {"currency", "EUR"}}; }

  /// Adds `copies` copies of the sales case `seed` to its customer in one statement: thousands of cases
  /// through the API would take minutes, and the totals only read these columns.
  void Copy(const json& seed, int copies) {
    const long long id = IdOf(seed);
    ASSERT_TRUE(
        server_.db()
            .Write([&](soci::session& sql) {
              sql << "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < :copies) "
                     "INSERT INTO projects (org_id, number, name, search_text, customer_id, "
                     "sales_status_id, state, expected_amount, expected_currency, currency, probability, "
                     "created_at, "
                     "created_by, updated_at, updated_by) "
                     "SELECT p.org_id, 1000000 + g.n, p.name, p.search_text, p.customer_id, "
                     "p.sales_status_id, p.state, p.expected_amount, p.expected_currency, p.currency, "
                     "p.probability, "
                     "p.created_at, p.created_by, p.updated_at, p.updated_by FROM projects p, g "
                     "WHERE p.id = :id",
                  soci::use(copies, "copies"), soci::use(id, "id");
              return Status(Ok());
            })
            .ok());
  }
  json Totals() {
    auto r = admin().Get(PathOf(customer_) + "/projects?limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json()["totals"] : json::array();
  }
};

TEST_F(SalesTotalsTest, ManyCasesAtTheMaximumAddUpExactlyBeyondWhatAnInt64Holds) {
  // 9,300 cases × 10^13 × 100 % = 9.3 × 10^18 cent-percent: more than an int64 holds (the old SQL's SUM of
  // amount × probability answered 500 here).
  auto seed =
      AddProject(customer_, {{"name", "Fleet"}, {"expectedValue", Value(kMaxAmount)}, {"probability", 100}});
  Copy(seed, 9299);
  AddProject(customer_, {{"name", "Small"}, {"expectedValue", Value(1)}, {"probability", 50}});
  AddProject(
      customer_,
      {{"name", "Kroner"}, {"expectedValue", {{"amount", 250}, {"currency", "NOK"}}}, {"probability", 50}});
  auto totals = Totals();
  ASSERT_EQ(totals.size(), 2u) << totals;
  EXPECT_EQ(totals[0]["currency"], "EUR");
  EXPECT_EQ(totals[0]["count"], 9301);
  // Beyond 2^53 - 1 a figure travels as a decimal string, so no JSON parser rounds it.
  EXPECT_EQ(totals[0]["pipeline"], "93000000000000001");
  EXPECT_EQ(totals[0]["weighted"], "93000000000000001") << "9.3e16 + 0.5, rounded half away from zero";
  // Figures JSON carries exactly stay integers.
  EXPECT_EQ(totals[1]["currency"], "NOK");
  EXPECT_EQ(totals[1]["pipeline"], 250);
  EXPECT_EQ(totals[1]["weighted"], 125);
}

TEST_F(SalesTotalsTest, FiguresUpToTwoToThe53MinusOneStayIntegers) {
  // 900 cases at 10^13 = 9 × 10^15 < 2^53 - 1 = 9,007,199,254,740,991.
  auto seed =
      AddProject(customer_, {{"name", "Fleet"}, {"expectedValue", Value(kMaxAmount)}, {"probability", 25}});
  Copy(seed, 899);
  auto totals = Totals();
  ASSERT_EQ(totals.size(), 1u) << totals;
  EXPECT_TRUE(totals[0]["pipeline"].is_number_integer()) << totals;
  EXPECT_EQ(totals[0]["pipeline"], 9'000'000'000'000'000);
  EXPECT_EQ(totals[0]["weighted"], 2'250'000'000'000'000);
}

TEST_F(SalesTotalsTest, AmountsAboveTenToThe13AreRefusedOnCreateAndPatch) {
  auto post = admin().Post(
      "/api/v1/projects",
      {{"name", "Too much"}, {"customerId", IdOf(customer_)}, {"expectedValue", Value(kMaxAmount + 1)}});
  EXPECT_EQ(post.status, 422) << post.body;
  EXPECT_TRUE(post.has_field_error("expectedValue.amount")) << post.body;
  auto ok = AddProject(customer_, {{"name", "Just enough"}, {"expectedValue", Value(kMaxAmount)}});
  EXPECT_EQ(ok["expectedValue"]["amount"], kMaxAmount);
  auto patch = admin().Patch(ProjectPath(ok), {{"version", 1}, {"expectedValue", Value(kMaxAmount + 1)}});
  EXPECT_EQ(patch.status, 422) << patch.body;
  EXPECT_TRUE(patch.has_field_error("expectedValue.amount")) << patch.body;
  auto negative = admin().Patch(ProjectPath(ok), {{"version", 1}, {"expectedValue", Value(-1)}});
  EXPECT_EQ(negative.status, 422) << negative.body;
  EXPECT_TRUE(negative.has_field_error("expectedValue.amount")) << negative.body;
}

}  // namespace
}  // namespace clientele::testing
