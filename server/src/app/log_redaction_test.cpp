#include "app/log_redaction.hpp"

#include <gtest/gtest.h>

namespace clientele::app {
namespace {

http::Request RequestFor(std::string path, std::string query = "") {
  http::Request request;
  request.path = std::move(path);
  request.query = std::move(query);
  return request;
}

http::Router FeedRouter() {
  http::Router router;
  router.Add(http::Method::kGet, "/calendar/{token}.ics", http::Access::kPublic, {"feed", "calendar", {}},
             [](http::RequestContext&) { return http::Response::NoContent(); });
  router.Add(http::Method::kGet, "/api/v1/customers/{id}", http::Access::kSignedIn, {"customer", "c", {}},
             [](http::RequestContext&) { return http::Response::NoContent(); });
  return router;
}

TEST(LoggedTarget, MasksSecretPathParametersButKeepsIds) {
  const auto router = FeedRouter();
  EXPECT_EQ(LoggedTarget(router, RequestFor("/calendar/Zq8s9dT3kPq.ics")), "/calendar/***.ics");
  EXPECT_EQ(LoggedTarget(router, RequestFor("/api/v1/customers/42")), "/api/v1/customers/42");
  EXPECT_EQ(LoggedTarget(router, RequestFor("/no/route")), "/no/route");
}

TEST(LoggedTarget, MasksSecretQueryValues) {
  const auto router = FeedRouter();
  EXPECT_EQ(LoggedTarget(router, RequestFor("/api/v1/customers/42", "q=kia&token=abc&password=x%20y&key=1")),
            "/api/v1/customers/42?q=kia&token=***&password=***&key=***");
  EXPECT_EQ(LoggedTarget(router, RequestFor("/x", "to%6Ben=abc")), "/x?to%6Ben=***");
}

TEST(LoggableError, DropsTheValuesSociBindsToAFailedStatement) {
  soci::soci_error error("UNIQUE constraint failed: sessions.token_hash");
  error.add_context("while executing \"INSERT INTO sessions VALUES (:h)\" with :h=\"9f86d081884c7d65\"");
  EXPECT_NE(std::string(error.what()).find("9f86d081884c7d65"), std::string::npos);  // what SOCI would log
  EXPECT_EQ(LoggableError(error), "UNIQUE constraint failed: sessions.token_hash");
  EXPECT_EQ(LoggableError(std::runtime_error("disk full")), "disk full");
}

TEST(WithoutPassword, MasksPasswordsInUrlsAndKeyValueStrings) {
  EXPECT_EQ(WithoutPassword("postgresql://crm:hunter2@db.internal:5432/crm"),
            "postgresql://crm:***@db.internal:5432/crm");
  EXPECT_EQ(WithoutPassword("postgresql://crm@db/crm?password=hunter2&sslmode=require"),
            "postgresql://crm@db/crm?password=***&sslmode=require");
  EXPECT_EQ(WithoutPassword("dbname=crm user=crm password=hunter2 host=db"),
            "dbname=crm user=crm password=*** host=db");
  EXPECT_EQ(WithoutPassword("sqlite:./data/clientele.db"), "sqlite:./data/clientele.db");
}

}  // namespace
}  // namespace clientele::app
