#include <gtest/gtest.h>

#include <map>
#include <set>

#include "platform/db/migrator.hpp"
#include "support/test_database.hpp"

namespace clientele::db {
namespace {

using Schema = std::map<std::string, std::set<std::string>>;

Schema SqliteSchema(Database& db) {
  return db.Read([](soci::session& sql) {
    Schema schema;
    std::vector<std::string> virtual_tables;
    std::vector<std::pair<std::string, std::string>> tables;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT name, sql FROM sqlite_master WHERE type = 'table'");
    for (const auto& row : rows) tables.emplace_back(row.get<std::string>(0), row.get<std::string>(1, ""));
    for (const auto& [name, ddl] : tables) {
      if (ddl.rfind("CREATE VIRTUAL TABLE", 0) == 0) virtual_tables.push_back(name);
    }
    for (const auto& [name, ddl] : tables) {
      bool skip = name.rfind("sqlite_", 0) == 0;
      for (const auto& v : virtual_tables) skip = skip || name == v || name.rfind(v + "_", 0) == 0;
      if (skip) continue;
      soci::rowset<soci::row> columns = (sql.prepare << "SELECT name FROM pragma_table_info('" + name + "')");
      for (const auto& c : columns) schema[name].insert(c.get<std::string>(0));
    }
    return schema;
  });
}

Schema PostgresSchema(Database& db) {
  return db.Read([](soci::session& sql) {
    Schema schema;
    soci::rowset<soci::row> rows =
        (sql.prepare
         << "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'");
    for (const auto& row : rows) schema[row.get<std::string>(0)].insert(row.get<std::string>(1));
    return schema;
  });
}

TEST(Migrations, BothDialectsProduceTheSameTablesAndColumns) {
  if (testing::TestDbKind() != DbKind::kPostgres)
    GTEST_SKIP() << "needs CLIENTELE_TEST_PG (make test sets it)";
  testing::TestDatabase pg;  // PostgreSQL, from the environment
  auto dir = std::filesystem::temp_directory_path() / ("clientele-parity-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto sqlite_url = ParseDbUrl("sqlite:" + (dir / "parity.db").string());
  auto sqlite = Database::Open(sqlite_url.value(), 1);
  Migrate(*sqlite);
  const Schema lite = SqliteSchema(*sqlite);
  const Schema post = PostgresSchema(pg.db());
  sqlite.reset();
  std::filesystem::remove_all(dir);
  EXPECT_FALSE(lite.empty());
  EXPECT_EQ(lite, post);
}

}  // namespace
}  // namespace clientele::db
