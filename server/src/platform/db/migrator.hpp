#pragma once

#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace clientele::db {

/// One forward-only schema step, compiled into the binary from server/migrations/<dialect>/NNNN_name.sql.
struct Migration {
  std::string id;  // "0001_create_identity"
  std::string sql;
};

/// The migrations of one dialect, in id order (generated at build time).
const std::vector<Migration>& EmbeddedMigrations(DbKind kind);

/// Applies every pending migration, each in its own transaction, recording it in schema_migrations.
/// Returns the ids it applied.
std::vector<std::string> Migrate(Database& db);

}  // namespace clientele::db
