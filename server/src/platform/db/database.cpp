#include "platform/db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "platform/db/statement_cache.hpp"

namespace clientele::db {

Result<DbUrl> ParseDbUrl(std::string_view url) {
  DbUrl out;
  if (url.rfind("sqlite:", 0) == 0) {
    out.kind = DbKind::kSqlite;
    out.path = std::string(url.substr(7));
    if (out.path.rfind("//", 0) == 0) out.path = out.path.substr(2);
    if (out.path.empty())
      return Error::Validation("db", "sqlite: needs a file path, e.g. sqlite:./data/clientele.db");
    if (out.path.find_first_of(" \"'") != std::string::npos) {
      return Error::Validation("db", "the SQLite path must not contain spaces or quotes");
    }
    out.connect_string = "db=" + out.path + " timeout=5";
    return out;
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    out.kind = DbKind::kPostgres;
    // SOCI 4.0 mangles libpq's URI form, so hand it libpq's key=value form instead.
    std::string_view rest = url.substr(url.find("://") + 3);
    std::string_view query;
    if (auto q = rest.find('?'); q != std::string_view::npos) {
      query = rest.substr(q + 1);
      rest = rest.substr(0, q);
    }
    const auto slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    std::string dbname = slash == std::string_view::npos ? "" : std::string(rest.substr(slash + 1));
    std::string user, password;
    if (auto at = authority.rfind('@'); at != std::string_view::npos) {
      std::string_view credentials = authority.substr(0, at);
      authority = authority.substr(at + 1);
      const auto colon = credentials.find(':');
      user = std::string(credentials.substr(0, colon));
      if (colon != std::string_view::npos) password = std::string(credentials.substr(colon + 1));
    }
    std::string host(authority), port;
    if (auto colon = authority.rfind(':');
        colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
      host = std::string(authority.substr(0, colon));
      port = std::string(authority.substr(colon + 1));
    }
    auto add = [&out](const char* key, const std::string& value) {
      if (value.empty()) return;
      if (!out.connect_string.empty()) out.connect_string += ' ';
      out.connect_string += std::string(key) + "='" + value + "'";
    };
    add("host", host);
    add("port", port);
    add("dbname", dbname);
    add("user", user);
    add("password", password);
    while (!query.empty()) {  // e.g. ?sslmode=require
      auto amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
      auto eq = pair.find('=');
      if (eq != std::string_view::npos)
        add(std::string(pair.substr(0, eq)).c_str(), std::string(pair.substr(eq + 1)));
    }
    for (char c : out.connect_string) {
      if (c == '\\') return Error::Validation("db", "the PostgreSQL URL must not contain backslashes");
    }
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
    StatementCache::Register(sql, url.kind == DbKind::kSqlite);
  }
  return db;
}

Database::~Database() {
  for (std::size_t i = 0; i < pool_size_; ++i) StatementCache::Unregister(pool_.at(i));
}

void Database::LockKey(soci::session& sql, std::int64_t key) const {
  if (url_.kind != DbKind::kPostgres) return;
  long long k = key;
  sql << "SELECT pg_advisory_xact_lock(:k)", soci::use(k, "k");
}

void Database::Begin(soci::session& sql) {
  if (url_.kind == DbKind::kSqlite)
    sql << "BEGIN IMMEDIATE";
  else
    sql << "BEGIN";
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

void ResetSqliteStatement(soci::statement& statement) {
  auto* sqlite = static_cast<soci::sqlite3_statement_backend*>(statement.get_backend());
  if (sqlite->stmt_) sqlite_api::sqlite3_reset(sqlite->stmt_);
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
