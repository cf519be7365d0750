#include <gtest/gtest.h>

#include <fstream>

#include "app/openapi.hpp"
#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

TEST(Platform, HealthzAndReadyzAnswerWithoutSignIn) {
  TestServer server;
  auto client = server.Client();
  auto health = client.Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.json()["status"], "ok");
  auto ready = client.Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json()["status"], "ready");
}

TEST(Platform, EveryAnswerCarriesARequestId) {
  TestServer server;
  auto a = server.Client().Get("/healthz");
  auto b = server.Client().Get("/healthz");
  EXPECT_FALSE(a.header("x-request-id").empty());
  EXPECT_NE(a.header("x-request-id"), b.header("x-request-id"));
}

TEST(Platform, UnknownEndpointIsAJson404) {
  TestServer server;
  auto r = server.Client().Get("/api/v1/nothing-here");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.error_code(), "not_found");
}

TEST(Platform, KnownPathWithAnotherMethodIs405) {
  TestServer server;
  auto r = server.Client().Send("PUT", "/api/v1/customers", std::string("{}"));
  EXPECT_EQ(r.status, 405);
}

TEST(Platform, SignedInRoutesRefuseAnonymousCallers) {
  TestServer server;
  auto r = server.Client().Get("/api/v1/customers");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.error_code(), "unauthenticated");
}

TEST(Platform, BrokenQueryEscapeIsABadRequest) {
  TestServer server;
  server.CreateOrg("Acme");
  server.CreateUser("admin@acme.test", "Administrator");
  auto client = server.SignedIn("admin@acme.test");
  auto r = client.Get("/api/v1/customers?q=%G1");
  EXPECT_EQ(r.status, 400);
}

TEST(Platform, OpenApiDocumentsEveryRegisteredRoute) {
  TestServer server;
  auto r = server.Client().Get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = r.json();
  EXPECT_EQ(doc["openapi"], "3.1.0");
  int checked = 0;
  for (const auto& route : server.app().router().routes()) {
    std::string method(http::MethodName(route.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(doc["paths"].contains(route.pattern)) << route.pattern;
    ASSERT_TRUE(doc["paths"][route.pattern].contains(method)) << method << " " << route.pattern;
    EXPECT_FALSE(doc["paths"][route.pattern][method]["summary"].get<std::string>().empty()) << route.pattern;
    ++checked;
  }
  EXPECT_GT(checked, 15);
}

TEST(Platform, BodyOverTheLimitIs413) {
  TestServer::Options options;
  options.max_body_bytes = 4096;
  TestServer server(options);
  server.CreateOrg("Acme");
  server.CreateUser("admin@acme.test", "Administrator");
  auto client = server.SignedIn("admin@acme.test");
  std::string huge = R"({"name": ")" + std::string(10000, 'x') + R"("})";
  auto r = client.Send("POST", "/api/v1/customers", huge);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.error_code(), "payload_too_large");
}

TEST(Platform, AClientThatExpects100ContinueGetsItBeforeSendingTheBody) {
  TestServer server;
  server.CreateOrg("Acme Consulting");
  server.CreateUser("admin@acme.test", "Administrator");
  auto session = server.SignedIn("admin@acme.test");
  const std::string token = session.Post("/api/v1/tokens", {{"name", "raw"}}).json()["token"];
  RawConnection connection(server.port());
  const std::string body = R"({"name": "Acme"})";
  connection.Send(
      "POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Authorization: Bearer " +
      token + "\r\nExpect: 100-continue\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n");
  auto interim = connection.ReadResponse();
  ASSERT_TRUE(interim);
  EXPECT_EQ(interim->status, 100);
  connection.Send(body);
  auto answer = connection.ReadResponse();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 201) << "then the real answer";
}

TEST(Platform, ABodyAnnouncedOverTheLimitIs413WithoutWaitingForIt) {
  TestServer::Options options;
  options.max_body_bytes = 4096;
  TestServer server(options);
  RawConnection connection(server.port());
  connection.Send(
      "POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Expect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
  auto answer = connection.ReadResponse();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 413) << "no 100 Continue first";
}

TEST(Platform, ServesTheWebAppAndFallsBackToIndexForClientRoutes) {
  auto dir = std::filesystem::temp_directory_path() / ("clientele-web-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "assets");
  std::ofstream(dir / "index.html") << "<!doctype html><title>Clientele</title>";
  std::ofstream(dir / "assets" / "app-abc123.js") << "console.log(1)";
  TestServer::Options options;
  options.web_dir = dir;
  TestServer server(options);
  auto client = server.Client();

  auto index = client.Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.header("content-type").find("text/html"), std::string::npos);
  EXPECT_EQ(index.header("cache-control"), "no-cache");

  auto deep = client.Get("/customers/42/collaboration");
  EXPECT_EQ(deep.status, 200);
  EXPECT_NE(deep.body.find("Clientele"), std::string::npos);

  auto asset = client.Get("/assets/app-abc123.js");
  EXPECT_EQ(asset.status, 200);
  EXPECT_NE(asset.header("content-type").find("text/javascript"), std::string::npos);
  EXPECT_NE(asset.header("cache-control").find("immutable"), std::string::npos);

  EXPECT_EQ(client.Get("/assets/missing.js").status, 404);
  // Percent-encoded so that the client cannot normalize the dots away before they reach the server.
  auto traversal = client.Get("/%2e%2e/%2e%2e/etc/passwd");
  EXPECT_EQ(traversal.status, 404);
  EXPECT_EQ(traversal.body.find("root:"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace clientele::testing
