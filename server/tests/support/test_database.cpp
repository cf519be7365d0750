#include "support/test_database.hpp"

#include <libpq-fe.h>

#include <atomic>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include "platform/db/migrator.hpp"

namespace clientele::testing {

namespace {

const char* PgServer() { return std::getenv("CLIENTELE_TEST_PG"); }

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(rd() % 1000000);
}

void PgAdmin(const std::string& statement) {
  std::string conninfo = std::string(PgServer()) + "/postgres";
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("cannot reach the test PostgreSQL server: " + message);
  }
  PGresult* res = PQexec(conn, statement.c_str());
  const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  std::string message = PQerrorMessage(conn);
  PQclear(res);
  PQfinish(conn);
  if (!ok) throw std::runtime_error(statement + ": " + message);
}

}  // namespace

db::DbKind TestDbKind() { return PgServer() ? db::DbKind::kPostgres : db::DbKind::kSqlite; }

TestDatabase::TestDatabase() {
  if (TestDbKind() == db::DbKind::kPostgres) {
    // Copying the migrated template takes a fraction of what migrating every test's database would.
    pg_database_ = "test_" + UniqueSuffix();
    PgAdmin("CREATE DATABASE " + pg_database_ + " TEMPLATE clientele_template");
    url_ = std::string(PgServer()) + "/" + pg_database_;
  } else {
    dir_ = std::filesystem::temp_directory_path() / ("clientele-test-" + UniqueSuffix());
    std::filesystem::create_directories(dir_);
    url_ = "sqlite:" + (dir_ / "test.db").string();
  }
  db_ = Open(6);
  db::Migrate(*db_);
}

TestDatabase::~TestDatabase() {
  db_.reset();
  try {
    if (!pg_database_.empty()) PgAdmin("DROP DATABASE IF EXISTS " + pg_database_ + " WITH (FORCE)");
  } catch (...) {
    // The throwaway cluster goes away after the run anyway.
  }
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

std::unique_ptr<db::Database> TestDatabase::Open(std::size_t size) const {
  auto url = db::ParseDbUrl(url_);
  if (!url.ok()) throw std::runtime_error("bad test database url " + url_);
  return db::Database::Open(url.value(), size);
}

}  // namespace clientele::testing
