#include "platform/db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace clientele::db {

Result<DbUrl> ParseDbUrl(std::string_view url) {
  DbUrl out;
  if (url.rfind("sqlite:", 0) == 0) {
    out.kind = DbKind::kSqlite;
    out.path = std::string(url.substr(7));
    if (out.path.rfind("//", 0) == 0) out.path = out.path.substr(2);
    if (out.path.empty()) return Error::Validation("db", "sqlite: needs a file path, e.g. sqlite:./data/clientele.db");
    if (out.path.find_first_of(" \"'") != std::string::npos) {
      return Error::Validation("db", "the SQLite path must not contain spaces or quotes");
    }
    out.connect_string = "db=" + out.path + " timeout=5";
    return out;
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    out.kind = DbKind::kPostgres;
    out.connect_string = std::string(url);  // libpq understands the URI form itself
    return out;
  }
  return Error::Validation("db", "expected sqlite:PATH or postgresql://user@host:port/db");
}

std::unique_ptr<Database> Database::Open(const DbUrl& url, std::size_t pool_size) {
  std::unique_ptr<Database> db(new Database(url, pool_size));
  for (std::size_t i = 0; i < pool_size; ++i) {
    soci::session& sql = db->pool_.at(i);
    if (url.kind == DbKind::kSqlite) {
      sql.open(soci::sqlite3, url.connect_string);
      sql << "PRAGMA journal_mode=WAL";
      sql << "PRAGMA foreign_keys=ON";
      sql << "PRAGMA synchronous=NORMAL";
      sql << "PRAGMA busy_timeout=5000";
    } else {
      sql.open(soci::postgresql, url.connect_string);
      sql << "SET client_min_messages TO WARNING";
    }
  }
  return db;
}

void Database::Begin(soci::session& sql) {
  if (url_.kind == DbKind::kSqlite) sql << "BEGIN IMMEDIATE";
  else sql << "BEGIN";
}

void Database::Commit(soci::session& sql) { sql << "COMMIT"; }

void Database::Rollback(soci::session& sql) noexcept {
  try {
    sql << "ROLLBACK";
  } catch (...) {
    // Nothing to roll back (the failed statement already ended the transaction): nothing to do.
  }
}

void Database::ExecScript(soci::session& sql, DbKind kind, const std::string& script) {
  if (kind == DbKind::kSqlite) {
    auto* backend = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
    char* message = nullptr;
    int rc = sqlite_api::sqlite3_exec(backend->conn_, script.c_str(), nullptr, nullptr, &message);
    if (rc != 0) {
      std::string text = message ? message : "unknown error";
      sqlite_api::sqlite3_free(message);
      throw soci::soci_error("migration failed: " + text);
    }
    return;
  }
  auto* backend = static_cast<soci::postgresql_session_backend*>(sql.get_backend());
  PGresult* res = PQexec(backend->conn_, script.c_str());
  const auto status = PQresultStatus(res);
  std::string text = PQerrorMessage(backend->conn_);
  PQclear(res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw soci::soci_error("migration failed: " + text);
  }
}

Violation ClassifyViolation(const soci::soci_error& error) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    const std::string state = pg->sqlstate();
    if (state == "23505") return Violation::kUnique;
    if (state == "23503") return Violation::kForeignKey;
    if (state == "23502") return Violation::kNotNull;
    if (state == "23514") return Violation::kCheck;
    return Violation::kNone;
  }
  const std::string message = error.what();
  if (message.find("UNIQUE constraint failed") != std::string::npos) return Violation::kUnique;
  if (message.find("FOREIGN KEY constraint failed") != std::string::npos) return Violation::kForeignKey;
  if (message.find("NOT NULL constraint failed") != std::string::npos) return Violation::kNotNull;
  if (message.find("CHECK constraint failed") != std::string::npos) return Violation::kCheck;
  return Violation::kNone;
}

}  // namespace clientele::db
