// The monthly hour rollup project_hour_months (migration 0013) against a fresh aggregate of hour_entries,
// after inserts, updates, deletes and the migration's backfill, on whichever database the tests run on.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <sstream>
#include <tuple>

#include "features/customers/customer_repository.hpp"
#include "features/financials/financials_repository.hpp"
#include "features/financials/money_math.hpp"
#include "features/users/user_service.hpp"
#include "platform/db/migrator.hpp"
#include "platform/db/row.hpp"
#include "support/test_database.hpp"

namespace clientele::financials {
namespace {

/// A rollup group: project, currency, month, billable.
using Key = std::tuple<long long, std::string, std::string, long long>;

struct Sums {
  long long minutes = 0, value = 0, cost = 0, entries = 0;
  bool operator==(const Sums&) const = default;
};

using Rollup = std::map<Key, Sums>;

std::string Describe(const Key& k, const Sums& s) {
  std::ostringstream out;
  out << "project " << std::get<0>(k) << " " << std::get<1>(k) << " " << std::get<2>(k)
      << (std::get<3>(k) ? " billable" : " non-billable") << ": " << s.minutes << " min, value " << s.value
      << ", cost " << s.cost << ", " << s.entries << " entries";
  return out.str();
}

/// Every group where the two differ, with both sides (hledger's balance assertions); "" when none.
std::string Differences(const Rollup& stored, const Rollup& fresh) {
  std::string out;
  for (const auto& [key, sums] : stored) {
    auto it = fresh.find(key);
    if (it == fresh.end())
      out += "only stored: " + Describe(key, sums) + "\n";
    else if (!(it->second == sums))
      out += "stored " + Describe(key, sums) + "\n  fresh " + Describe(key, it->second) + "\n";
  }
  for (const auto& [key, sums] : fresh)
    if (!stored.count(key)) out += "only fresh: " + Describe(key, sums) + "\n";
  return out;
}

/// One hour entry's fields that the rollup reads.
struct Entry {
  long long project = 0;
  std::string date;
  long long minutes = 60;
  bool billable = true;
  long long price = 10000;
  long long cost = 5000;
  std::string currency = "EUR";
};

class HourRollupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(db());
    org_ = users.CreateOrganization("Rollup Oy").value().id;
    user_ =
        users
            .CreateUserInOrganization("Rollup Oy", "Administrator",
                                      users::NewUser{"r@rollup.test", "Rita", RoleId(), "a-long-password"})
            .value()
            .id;
    customers::CustomerValues c;
    c.name = "Rollup Customer";
    c.number = 1;
    customers::CustomerRepository customers(db().kind());
    customer_ = db().Read([&](soci::session& sql) { return customers.Insert(sql, org_, c, user_, "t"); });
    project_a_ = InsertProject(1);
    project_b_ = InsertProject(2);
  }

  db::Database& db() { return database_.db(); }

  long long InsertProject(long long number) {
    long long id = 0, org = org_.value, customer = customer_.value, by = user_.value;
    db().Read([&](soci::session& sql) {
      sql << "INSERT INTO projects (org_id, number, name, search_text, customer_id, sales_status_id, state, "
             "probability, created_at, created_by, updated_at, updated_by) VALUES (:org, :number, 'P', 'p', "
             ":customer, (SELECT MIN(id) FROM sales_statuses WHERE org_id = :org2), 'open', 100, "
             "'2026-01-01T00:00:00Z', :by, '2026-01-01T00:00:00Z', :by2) RETURNING id",
          soci::use(org, "org"), soci::use(number, "number"), soci::use(customer, "customer"),
          soci::use(org, "org2"), soci::use(by, "by"), soci::use(by, "by2"), soci::into(id);
      return 0;
    });
    return id;
  }

  long long Insert(const Entry& e) {
    long long id = 0, org = org_.value, user = user_.value, customer = customer_.value;
    long long billable = e.billable ? 1 : 0;
    db().Read([&](soci::session& sql) {
      sql << "INSERT INTO hour_entries (org_id, user_id, project_id, customer_id, work_type_id, entry_date, "
             "minutes, billable, unit_price, unit_cost, currency, created_at, created_by, updated_at, "
             "updated_by) VALUES (:org, :user, :project, :customer, (SELECT MIN(id) FROM work_types WHERE "
             "org_id = :org2), :date, :minutes, :billable, :price, :cost, :currency, 't', :by, 't', :by2) "
             "RETURNING id",
          soci::use(org, "org"), soci::use(user, "user"), soci::use(e.project, "project"),
          soci::use(customer, "customer"), soci::use(org, "org2"), soci::use(e.date, "date"),
          soci::use(e.minutes, "minutes"), soci::use(billable, "billable"), soci::use(e.price, "price"),
          soci::use(e.cost, "cost"), soci::use(e.currency, "currency"), soci::use(user, "by"),
          soci::use(user, "by2"), soci::into(id);
      return 0;
    });
    return id;
  }

  void Exec(const std::string& statement) {
    db().Read([&](soci::session& sql) {
      sql << statement;
      return 0;
    });
  }

  Rollup Stored() {
    return db().Read([&](soci::session& sql) {
      Rollup out;
      soci::rowset<soci::row> rows =
          (sql.prepare << "SELECT project_id, currency, month, billable, minutes, value, cost, entries "
                          "FROM project_hour_months");
      for (const auto& r : rows) {
        db::RowReader f(r);
        out[{f.Int("project_id"), f.Text("currency"), f.Text("month"), f.Int("billable")}] = {
            f.Int("minutes"), f.Int("value"), f.Int("cost"), f.Int("entries")};
      }
      return out;
    });
  }

  /// The rollup computed from the entries here, each value rounded by the financials' own arithmetic.
  Rollup Fresh() {
    return db().Read([&](soci::session& sql) {
      Rollup out;
      soci::rowset<soci::row> rows =
          (sql.prepare << "SELECT project_id, currency, entry_date, billable, minutes, unit_price, unit_cost "
                          "FROM hour_entries");
      for (const auto& r : rows) {
        db::RowReader f(r);
        auto& s = out[{f.Int("project_id"), f.Text("currency"), f.Text("entry_date").substr(0, 7),
                       f.Int("billable")}];
        const auto minutes = f.Int("minutes");
        s.minutes += minutes;
        s.value +=
            static_cast<long long>(DivideRounded(static_cast<__int128>(minutes) * f.Int("unit_price"), 60));
        s.cost +=
            static_cast<long long>(DivideRounded(static_cast<__int128>(minutes) * f.Int("unit_cost"), 60));
        s.entries += 1;
      }
      return out;
    });
  }

  testing::TestDatabase database_;
  OrgId org_;
  UserId user_;
  CustomerId customer_;
  long long project_a_ = 0, project_b_ = 0;
};

TEST_F(HourRollupTest, EqualsAFreshAggregateAfterInsertsUpdatesAndDeletes) {
  // Rounding edges: 1 min at 0.30/h is half a cent → 1; at 0.29/h → 0; 20 min at 100.00/h is 33.333… → 33.33
  // per entry, 99.99 for three; 40 min → 66.67. And the API's largest entry: 24 h at 10^13 per hour.
  Insert({project_a_, "2025-12-05", 1, true, 30, 29});
  for (int i = 0; i < 3; ++i) Insert({project_a_, "2025-12-06", 20, true, 10000, 5000});
  Insert({project_a_, "2025-12-07", 40, false, 10000, 5000});
  const auto big = Insert({project_b_, "2025-11-30", 1440, true, 10'000'000'000'000, 10'000'000'000'000});
  std::mt19937_64 rng(13);
  const long long prices[] = {0, 1, 29, 30, 59, 9999, 10000, 12345};
  std::vector<long long> ids;
  for (int i = 0; i < 60; ++i) {
    Entry e;
    e.project = rng() % 2 ? project_a_ : project_b_;
    e.date = "2026-0" + std::to_string(1 + rng() % 4) + "-1" + std::to_string(rng() % 10);
    e.minutes = 1 + static_cast<long long>(rng() % 480);
    e.billable = rng() % 3 != 0;
    e.price = prices[rng() % 8];
    e.cost = prices[rng() % 8];
    if (rng() % 10 == 0) e.currency = "NOK";
    ids.push_back(Insert(e));
  }
  ASSERT_FALSE(Stored().empty());
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  // Value 1 + 3 × 33.33, cost 0 + 3 × 16.67 (the random entries below are in 2026).
  EXPECT_EQ((Stored()[{project_a_, "EUR", "2025-12", 1}]), (Sums{61, 10000, 5001, 4}));
  EXPECT_EQ((Stored()[{project_a_, "EUR", "2025-12", 0}]), (Sums{40, 6667, 3333, 1}));
  EXPECT_EQ((Stored()[{project_b_, "EUR", "2025-11", 1}].value), 240'000'000'000'000);

  // Moved to the other project and month, made non-billable, repriced and recosted, in another currency.
  const std::string moved = std::to_string(ids[0]);
  Exec("UPDATE hour_entries SET project_id = " + std::to_string(project_b_) +
       ", entry_date = '2026-05-02', billable = 0, unit_price = 7777, unit_cost = 333, minutes = 95, "
       "currency = 'SEK' WHERE id = " +
       moved);
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  EXPECT_EQ((Stored()[{project_b_, "SEK", "2026-05", 0}]), (Sums{95, 12314, 527, 1}));
  // Back to the first project; then a change the rollup does not read; then every column rewritten to
  // itself, as the hours repository's UPDATE does.
  Exec("UPDATE hour_entries SET project_id = " + std::to_string(project_a_) +
       ", billable = 1, entry_date = '2026-02-28' WHERE id = " + moved);
  Exec("UPDATE hour_entries SET description = 'renamed', invoice_id = NULL WHERE id = " + moved);
  Exec(
      "UPDATE hour_entries SET project_id = project_id, entry_date = entry_date, minutes = minutes, "
      "billable = billable, unit_price = unit_price, unit_cost = unit_cost, currency = currency");
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  EXPECT_EQ(Stored().count({project_b_, "SEK", "2026-05", 0}), 0u) << "its only entry moved away";

  Exec("DELETE FROM hour_entries WHERE id = " + std::to_string(big));
  Exec("DELETE FROM hour_entries WHERE id = " + std::to_string(ids[1]));
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  // Many rows in one statement; the rollup keeps no empty group.
  Exec("DELETE FROM hour_entries WHERE project_id = " + std::to_string(project_a_));
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  for (const auto& [key, sums] : Stored()) EXPECT_NE(std::get<0>(key), project_a_) << Describe(key, sums);
}

TEST_F(HourRollupTest, TheFinancialsReadOneProjectCurrencyAndMonthRange) {
  Insert({project_a_, "2026-01-31", 20, true, 10000, 5000});
  Insert({project_a_, "2026-02-01", 20, true, 10000, 5000});
  Insert({project_a_, "2026-02-28", 20, true, 10000, 5000});
  Insert({project_a_, "2026-02-15", 60, false, 10000, 5000});
  Insert({project_a_, "2026-02-15", 60, true, 10000, 5000, "NOK"});
  Insert({project_a_, "2026-03-01", 20, true, 10000, 5000});
  Insert({project_b_, "2026-02-10", 20, true, 10000, 5000});
  HourFiguresRepository repo;
  auto rows = db().Read([&](soci::session& sql) {
    return repo.MonthRows(sql, org_, ProjectId(project_a_), "EUR", "2026-02", "2026-02");
  });
  std::map<bool, HourRows> by_billable;
  for (const auto& r : rows) by_billable[r.billable] = r;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(by_billable[true].month, "2026-02");
  EXPECT_EQ(by_billable[true].minutes, 40);
  EXPECT_EQ(by_billable[true].value, 6666) << "two entries of 33.33, not one of 40 min (66.67)";
  EXPECT_EQ(by_billable[true].cost, 3334);
  EXPECT_EQ(by_billable[false].minutes, 60);
  EXPECT_EQ(by_billable[false].cost, 5000);
}

TEST_F(HourRollupTest, TheMigrationBackfillsTheEntriesThatAlreadyExist) {
  for (int i = 0; i < 5; ++i) Insert({project_a_, "2026-0" + std::to_string(1 + i % 2) + "-03", 20 + i});
  Insert({project_b_, "2026-04-30", 45, false, 9999, 1});
  // Undo migration 0013 and apply it again over the entries.
  if (db().kind() == db::DbKind::kSqlite) {
    for (const char* t : {"insert", "update", "delete"})
      Exec(std::string("DROP TRIGGER hour_entries_rollup_") + t);
  } else {
    Exec("DROP TRIGGER hour_entries_rollup ON hour_entries");
    Exec("DROP FUNCTION hour_entries_rollup()");
  }
  Exec("DROP TABLE project_hour_months");
  Exec("DELETE FROM schema_migrations WHERE id = '0013_add_project_hour_months'");
  EXPECT_EQ(db::Migrate(db()), std::vector<std::string>{"0013_add_project_hour_months"});
  ASSERT_EQ(Stored().size(), 3u);
  EXPECT_EQ(Differences(Stored(), Fresh()), "");
  Insert({project_b_, "2026-04-01", 15, false, 9999, 1});
  EXPECT_EQ(Differences(Stored(), Fresh()), "") << "the triggers are back";
}

}  // namespace
}  // namespace clientele::financials
