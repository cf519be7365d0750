#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace clientele::testing {

/// Which database the tests run on: SQLite by default, PostgreSQL when CLIENTELE_TEST_PG names a server
/// (e.g. postgresql://postgres@127.0.0.1:54329) on which `make test` prepared the migrated template database
/// `clientele_template`.
db::DbKind TestDbKind();

/// A fresh, migrated, empty database for one test, removed again when it goes away.
class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  db::Database& db() { return *db_; }
  /// Opens a pool of `size` connections (the default one has 6).
  std::unique_ptr<db::Database> Open(std::size_t size) const;

 private:
  std::string url_;
  std::filesystem::path dir_;  // SQLite
  std::string pg_database_;    // PostgreSQL
  std::unique_ptr<db::Database> db_;
};

}  // namespace clientele::testing
