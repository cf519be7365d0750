#include "platform/db/migrator.hpp"

#include <set>
#include <string_view>

#include "platform/util/clock.hpp"

namespace clientele::db {

namespace {

constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";
constexpr const char* kSelectApplied = "SELECT id FROM schema_migrations";
constexpr const char* kInsertApplied = "INSERT INTO schema_migrations (id, applied_at) VALUES (:id, :at)";

/// The first line of a SQLite migration that rebuilds a table other tables reference. SQLite cannot drop a
/// constraint, and dropping a referenced table with foreign keys on fails; the documented way
/// (sqlite.org/lang_altertable.html, "other kinds of table schema changes") turns them off outside the
/// transaction and checks every reference before committing.
constexpr std::string_view kForeignKeysOff = "-- clientele: foreign-keys-off";

struct Applied {
  bool ok() const { return true; }
};

void Record(soci::session& sql, const Migration& migration) {
  std::string at = util::NowIso();
  sql << kInsertApplied, soci::use(migration.id, "id"), soci::use(at, "at");
}

/// Runs a kForeignKeysOff migration on one connection: foreign keys off, the script and the check in one
/// transaction, foreign keys back on whatever happened.
void RunWithoutForeignKeys(Database& db, const Migration& migration) {
  db.Read([&](soci::session& sql) {
    sql << "PRAGMA foreign_keys=OFF";
    try {
      sql << "BEGIN IMMEDIATE";
      Database::ExecScript(sql, DbKind::kSqlite, migration.sql);
      long long broken = 0;
      sql << "SELECT COUNT(*) FROM pragma_foreign_key_check", soci::into(broken);
      if (broken > 0) throw soci::soci_error("migration " + migration.id + " broke foreign keys");
      Record(sql, migration);
      sql << "COMMIT";
    } catch (...) {
      try {
        sql << "ROLLBACK";
      } catch (const soci::soci_error&) {  // no transaction left to roll back
      }
      sql << "PRAGMA foreign_keys=ON";
      throw;
    }
    sql << "PRAGMA foreign_keys=ON";
    return 0;
  });
}

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
    if (db.kind() == DbKind::kSqlite && migration.sql.rfind(kForeignKeysOff, 0) == 0) {
      RunWithoutForeignKeys(db, migration);
      done.push_back(migration.id);
      continue;
    }
    db.Write([&](soci::session& sql) {
      Database::ExecScript(sql, db.kind(), migration.sql);
      Record(sql, migration);
      return Applied{};
    });
    done.push_back(migration.id);
  }
  return done;
}

}  // namespace clientele::db
