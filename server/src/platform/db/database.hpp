#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <soci/soci.h>

#include "platform/errors/result.hpp"

namespace clientele::db {

enum class DbKind { kSqlite, kPostgres };

/// A parsed `--db` URL: `sqlite:PATH` or `postgresql://user@host:port/db`.
struct DbUrl {
  DbKind kind = DbKind::kSqlite;
  std::string path;            // SQLite file
  std::string connect_string;  // what SOCI's backend gets
};

Result<DbUrl> ParseDbUrl(std::string_view url);

/// A pool of open connections to one database, and the transactions over them.
/// Repositories take the `soci::session&` they run on, so a service can span several of them in one
/// transaction.
class Database {
 public:
  /// Opens `pool_size` connections (SQLite: WAL, foreign keys, busy timeout on each).
  static std::unique_ptr<Database> Open(const DbUrl& url, std::size_t pool_size);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  DbKind kind() const { return url_.kind; }
  const DbUrl& url() const { return url_; }

  /// Runs `f(session)` on a pooled connection, outside any explicit transaction.
  template <class F>
  auto Read(F&& f) {
    soci::session sql(pool_);
    return f(sql);
  }

  /// Runs `f(session)` in a write transaction: committed when it returns an ok Result, rolled back when it
  /// returns an error or throws. SQLite takes the write lock up front (BEGIN IMMEDIATE) so that two
  /// writers wait for each other instead of failing on lock upgrade.
  template <class F>
  auto Write(F&& f) {
    soci::session sql(pool_);
    Begin(sql);
    try {
      auto result = f(sql);
      if (result.ok())
        Commit(sql);
      else
        Rollback(sql);
      return result;
    } catch (...) {
      Rollback(sql);
      throw;
    }
  }

  /// Inside Write(): makes the transactions that lock the same `key` run one after the other from here to
  /// their end. PostgreSQL: a transaction-scoped advisory lock; SQLite's writers are one at a time already.
  void LockKey(soci::session& sql, std::int64_t key) const;

  /// Runs a script of several statements (migrations): the backend's native multi-statement call.
  static void ExecScript(soci::session& sql, DbKind kind, const std::string& script);

 private:
  Database(DbUrl url, std::size_t pool_size)
      : url_(std::move(url)), pool_size_(pool_size), pool_(pool_size) {}
  void Begin(soci::session& sql);
  static void Commit(soci::session& sql);
  static void Rollback(soci::session& sql) noexcept;

  DbUrl url_;
  std::size_t pool_size_;
  soci::connection_pool pool_;
};

/// Integrity errors a repository turns into precise answers (Drogon's idea: typed constraint errors).
enum class Violation { kNone, kUnique, kForeignKey, kNotNull, kCheck };
Violation ClassifyViolation(const soci::soci_error& error);

}  // namespace clientele::db
