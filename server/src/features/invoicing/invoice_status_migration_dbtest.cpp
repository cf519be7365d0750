#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "platform/db/migrator.hpp"
#include "platform/util/clock.hpp"
#include "support/test_database.hpp"

namespace clientele::invoicing {
namespace {

/// Migration 0012 gives every organization that already exists the default invoice flow (new ones get it from
/// the trigger, which the API tests cover): migrate a fresh file up to 0011, add an organization, migrate on.
TEST(InvoiceStatusMigration, SeedsTheDefaultFlowForOrganizationsThatAlreadyExist) {
  if (testing::TestDbKind() != db::DbKind::kSqlite)
    GTEST_SKIP() << "a partly migrated database is built on SQLite; the seeding SQL is the same on both";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("clientele-invst-" + std::to_string(std::random_device{}() % 1000000000));
  std::filesystem::create_directories(dir);
  {
    auto url = db::ParseDbUrl("sqlite:" + (dir / "test.db").string());
    ASSERT_TRUE(url.ok());
    auto database = db::Database::Open(url.value(), 1);
    database->Read([](soci::session& sql) {
      sql << "PRAGMA foreign_keys=OFF";
      sql << "CREATE TABLE schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";
      for (const auto& m : db::EmbeddedMigrations(db::DbKind::kSqlite)) {
        if (m.id >= "0012") break;
        db::Database::ExecScript(sql, db::DbKind::kSqlite, m.sql);
        const std::string at = util::NowIso();
        sql << "INSERT INTO schema_migrations (id, applied_at) VALUES (:id, :at)", soci::use(m.id, "id"),
            soci::use(at, "at");
      }
      sql << "PRAGMA foreign_keys=ON";
      sql << "INSERT INTO organizations (name, created_at) VALUES ('Old Org', '2026-01-01T00:00:00Z')";
      return 0;
    });
    const auto applied = db::Migrate(*database);
    ASSERT_FALSE(applied.empty());
    EXPECT_EQ(applied.front().substr(0, 4), "0012");
    struct Row {
      std::string name;
      long long position, is_default, read_only, assigns_number;
    };
    std::vector<Row> rows = database->Read([](soci::session& sql) {
      std::vector<Row> out;
      soci::rowset<soci::row> rs =
          (sql.prepare << "SELECT s.name, s.position, s.is_default, s.read_only, s.assigns_number "
                          "FROM invoice_statuses s JOIN organizations o ON o.id = s.org_id "
                          "WHERE o.name = 'Old Org' ORDER BY s.position");
      for (const auto& r : rs)
        out.push_back({r.get<std::string>(0), r.get<long long>(1), r.get<long long>(2), r.get<long long>(3),
                       r.get<long long>(4)});
      return out;
    });
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].name, "Draft");
    EXPECT_EQ(rows[0].is_default, 1);
    EXPECT_EQ(rows[0].read_only, 0);
    EXPECT_EQ(rows[1].name, "Approved");
    EXPECT_EQ(rows[1].read_only, 1);
    EXPECT_EQ(rows[1].assigns_number, 1);
    EXPECT_EQ(rows[4].name, "Credited");
    EXPECT_EQ(rows[4].position, 5);
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

}  // namespace
}  // namespace clientele::invoicing
