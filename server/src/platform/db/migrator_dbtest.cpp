#include "platform/db/migrator.hpp"

#include <gtest/gtest.h>

#include <set>

#include "support/test_database.hpp"

namespace clientele::db {
namespace {

std::vector<std::string> Ids(DbKind kind) {
  std::vector<std::string> ids;
  for (const auto& m : EmbeddedMigrations(kind)) ids.push_back(m.id);
  return ids;
}

TEST(Migrations, BothDialectsHaveTheSameIdsInOrder) {
  EXPECT_EQ(Ids(DbKind::kSqlite), Ids(DbKind::kPostgres));
  EXPECT_FALSE(Ids(DbKind::kSqlite).empty());
  auto ids = Ids(DbKind::kSqlite);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST(Migrations, ApplyFromEmptyAndAreRecordedOnce) {
  testing::TestDatabase database;  // migrated on creation
  auto& db = database.db();
  EXPECT_TRUE(Migrate(db).empty()) << "a second run must find nothing pending";
  long long applied = db.Read([](soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM schema_migrations", soci::into(n);
    return n;
  });
  EXPECT_EQ(applied, static_cast<long long>(EmbeddedMigrations(db.kind()).size()));
}

}  // namespace
}  // namespace clientele::db
