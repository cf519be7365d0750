#include "platform/db/migrator.hpp"

#include <set>

#include "platform/util/clock.hpp"

namespace clientele::db {

namespace {

constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";
constexpr const char* kSelectApplied = "SELECT id FROM schema_migrations";
constexpr const char* kInsertApplied = "INSERT INTO schema_migrations (id, applied_at) VALUES (:id, :at)";

struct Applied {
  bool ok() const { return true; }
};

}  // namespace

std::vector<std::string> Migrate(Database& db) {
  db.Read([](soci::session& sql) {
    sql << kCreateMigrationsTable;
    return 0;
  });
  std::set<std::string> applied = db.Read([](soci::session& sql) {
    std::set<std::string> ids;
    soci::rowset<std::string> rows = (sql.prepare << kSelectApplied);
    for (const auto& id : rows) ids.insert(id);
    return ids;
  });
  std::vector<std::string> done;
  for (const auto& migration : EmbeddedMigrations(db.kind())) {
    if (applied.count(migration.id)) continue;
    db.Write([&](soci::session& sql) {
      Database::ExecScript(sql, db.kind(), migration.sql);
      std::string at = util::NowIso();
      sql << kInsertApplied, soci::use(migration.id, "id"), soci::use(at, "at");
      return Applied{};
    });
    done.push_back(migration.id);
  }
  return done;
}

}  // namespace clientele::db
