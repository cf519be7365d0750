#pragma once

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

#include <soci/soci.h>

namespace clientele::db {

/// A prepared statement bound once to its own value slots and result row, re-executed with new values.
struct CachedStatement {
  std::unique_ptr<soci::statement> statement;
  soci::row row;
  std::deque<long long> ints;
  std::deque<std::string> texts;
  bool in_use = false;  // a nested run of the same SQL on the same connection gets a throwaway statement
};

/// Ends a SQLite statement's run so that it holds no read snapshot between requests (sqlite3_reset).
void ResetSqliteStatement(soci::statement& statement);

/// The prepared statements of one connection, by SQL text. A connection serves one request at a time, so
/// its cache needs no lock; the registry of caches does.
class StatementCache {
 public:
  /// The cache of the pooled connection behind `session`, or nullptr when it has none (e.g. a plain session).
  static StatementCache* For(soci::session& session);
  /// Called by Database for each pooled connection it opens and before it closes them.
  static void Register(soci::session& pooled, bool sqlite);
  static void Unregister(soci::session& pooled);

  std::unordered_map<std::string, std::unique_ptr<CachedStatement>> statements;
  bool sqlite = false;
};

}  // namespace clientele::db
