# Run with cmake -P: writes OUTPUT, a C++ file holding every migration of both dialects in id order.
# Embedding keeps the binary self-contained: it migrates a database wherever it runs.
file(GLOB sqlite_files "${MIGRATIONS_DIR}/sqlite/*.sql")
file(GLOB pg_files "${MIGRATIONS_DIR}/postgresql/*.sql")
list(SORT sqlite_files)
list(SORT pg_files)

function(emit_list var files)
  set(body "")
  foreach(f IN LISTS files)
    get_filename_component(id "${f}" NAME_WE)
    file(READ "${f}" sql)
    string(APPEND body "      {\"${id}\", R\"__sql__(${sql})__sql__\"},\n")
  endforeach()
  set(${var} "${body}" PARENT_SCOPE)
endfunction()

emit_list(sqlite_body "${sqlite_files}")
emit_list(pg_body "${pg_files}")

set(content "// Generated from server/migrations by cmake/EmbedMigrations.cmake. Do not edit.
#include \"platform/db/migrator.hpp\"

namespace clientele::db {

const std::vector<Migration>& EmbeddedMigrations(DbKind kind) {
  static const std::vector<Migration> kSqlite = {
${sqlite_body}  };
  static const std::vector<Migration> kPostgres = {
${pg_body}  };
  return kind == DbKind::kSqlite ? kSqlite : kPostgres;
}

}  // namespace clientele::db
")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT "${old}" STREQUAL "${content}")
  file(WRITE "${OUTPUT}" "${content}")
endif()
