#include "platform/db/database.hpp"

#include <gtest/gtest.h>

namespace clientele::db {
namespace {

TEST(DbUrl, ParsesSqlitePaths) {
  auto url = ParseDbUrl("sqlite:./data/clientele.db");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->kind, DbKind::kSqlite);
  EXPECT_EQ(url->path, "./data/clientele.db");
  EXPECT_EQ(url->connect_string, "db=./data/clientele.db timeout=5");
}

TEST(DbUrl, TurnsPostgresUrlsIntoKeyValueConnectStrings) {
  auto url = ParseDbUrl("postgresql://app:secret@db.example:5433/clientele?sslmode=require");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->kind, DbKind::kPostgres);
  EXPECT_EQ(
      url->connect_string,
      "host='db.example' port='5433' dbname='clientele' user='app' password='secret' sslmode='require'");
  auto minimal = ParseDbUrl("postgresql://postgres@127.0.0.1/app");
  ASSERT_TRUE(minimal.ok());
  EXPECT_EQ(minimal->connect_string, "host='127.0.0.1' dbname='app' user='postgres'");
}

TEST(DbUrl, RefusesOtherSchemesAndEmptyPaths) {
  EXPECT_FALSE(ParseDbUrl("mysql://x").ok());
  EXPECT_FALSE(ParseDbUrl("sqlite:").ok());
  EXPECT_FALSE(ParseDbUrl("./data/clientele.db").ok());
}

}  // namespace
}  // namespace clientele::db
