// Findings 3 and 8 of the security review: who may send a body is settled from the head before any of it
// is read or stored; connections and uploads are capped; JSON routes take JSON only.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/customer_fixture.hpp"
#include "support/raw_http.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// A request head announcing `length` bytes of body.
std::string Head(const std::string& method, const std::string& target, std::size_t length,
                 const std::string& extra_headers = "") {
  return method + " " + target +
         " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n" +
         "Content-Length: " + std::to_string(length) + "\r\n" + extra_headers + "\r\n";
}

class RequestAdmissionTest : public CustomerApiTest {
 protected:
  void SetUp() override {
    CustomerApiTest::SetUp();
    customer_ = Create({{"name", "Upload Target Oy"}});
  }

  /// A bearer token of `email`, for raw requests.
  std::string TokenOf(const std::string& email) {
    auto session = server_.SignedIn(email);
    auto created = session.Post("/api/v1/tokens", {{"name", "raw client"}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json()["token"];
  }
  std::string UploadTarget() const { return PathOf(customer_) + "/files?name=big.bin"; }
  /// Files in the upload spool folder right now.
  int Spooled() const {
    const auto spool = server_.data_dir() / "spool";
    int count = 0;
    if (std::filesystem::exists(spool))
      for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(spool)) ++count;
    return count;
  }

  json customer_;
};

TEST_F(RequestAdmissionTest, AnUnauthenticatedUploadIsRefusedBeforeItsBodyIsRead) {
  RawConnection connection(server_.port());
  // Announces 8 MB but sends only 1 MB: an answer can only come if the server decided from the head.
  ASSERT_TRUE(connection.Send(Head("POST", UploadTarget(), 8 << 20) + std::string(1 << 20, 'x')));
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response) << "the server waited for the body before refusing";
  EXPECT_EQ(response->status, 401);
  EXPECT_EQ(Spooled(), 0);
}

TEST_F(RequestAdmissionTest, ExpectContinueGetsTheRefusalInsteadOfContinue) {
  RawConnection connection(server_.port());
  ASSERT_TRUE(connection.Send(Head("POST", UploadTarget(), 20 << 20, "Expect: 100-continue\r\n")));
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 401);  // not 100: the client never sends the 20 MB
  EXPECT_EQ(Spooled(), 0);
}

TEST_F(RequestAdmissionTest, ABodyToAnyRouteWaitsForAuthentication) {
  RawConnection connection(server_.port());
  ASSERT_TRUE(
      connection.Send("POST /api/v1/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                      "application/json\r\nContent-Length: 1000000\r\n\r\n{\"name\":\"" +
                      std::string(1000, 'a')));
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response) << "the server read the whole body before refusing";
  EXPECT_EQ(response->status, 401);
}

TEST_F(RequestAdmissionTest, AnUploadWithoutCustomerEditRightsIsRefusedFromItsHead) {
  const std::string token = TokenOf("reader@acme.test");
  RawConnection connection(server_.port());
  ASSERT_TRUE(
      connection.Send(Head("POST", UploadTarget(), 8 << 20, "Authorization: Bearer " + token + "\r\n") +
                      std::string(1 << 16, 'x')));
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response) << "the server waited for the body before refusing";
  EXPECT_EQ(response->status, 403);
  EXPECT_EQ(Spooled(), 0);
}

TEST_F(RequestAdmissionTest, AnUnknownRouteIsAnswered404WithoutReadingTheBody) {
  RawConnection connection(server_.port());
  ASSERT_TRUE(connection.Send(Head("POST", "/api/v1/no-such-thing", 900000)));
  auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
}

TEST_F(RequestAdmissionTest, AnAuthenticatedUploadStillWorks) {
  auto admin = server_.SignedIn("admin@acme.test");
  auto uploaded = admin.Send("POST", UploadTarget(), std::string(300000, 'z'),
                             {{"Content-Type", "application/octet-stream"}, {"Expect", "100-continue"}});
  EXPECT_EQ(uploaded.status, 201) << uploaded.body;
}

TEST(RequestAdmissionCaps, EachUserHasABoundedNumberOfUploadsInProgress) {
  TestServer::Options options;
  options.max_uploads_per_user = 1;
  TestServer server(options);
  server.CreateOrg("Acme Consulting");
  server.CreateUser("admin@acme.test", "Administrator");
  auto admin = server.SignedIn("admin@acme.test");
  auto customer = admin.Post("/api/v1/customers", {{"name", "Upload Target Oy"}}).json();
  const std::string target =
      "/api/v1/customers/" + std::to_string(customer["id"].get<long long>()) + "/files";
  const std::string token = admin.Post("/api/v1/tokens", {{"name", "raw"}}).json()["token"];
  {
    // The first upload holds the slot from its head on: its 100 Continue says the server admitted it.
    RawConnection first(server.port());
    ASSERT_TRUE(first.Send(Head("POST", target + "?name=a.bin", 1 << 20,
                                "Authorization: Bearer " + token + "\r\nExpect: 100-continue\r\n")));
    auto admitted = first.ReadResponse();
    ASSERT_TRUE(admitted);
    ASSERT_EQ(admitted->status, 100);
    ASSERT_TRUE(first.Send(std::string(4096, 'a')));
    auto second = admin.Send("POST", target + "?name=b.bin", "bytes", {{"Content-Type", "text/plain"}});
    EXPECT_EQ(second.status, 429) << second.body;
    EXPECT_EQ(second.header("retry-after"), "1");
    ASSERT_TRUE(first.Send(std::string((1 << 20) - 4096, 'a')));
    auto done = first.ReadResponse();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->status, 201);
  }
  auto third = admin.Send("POST", target + "?name=c.bin", "bytes", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(third.status, 201) << third.body;
}

TEST(RequestAdmissionCaps, OneClientAddressHasABoundedNumberOfConnections) {
  TestServer::Options options;
  options.max_connections_per_address = 2;
  TestServer server(options);
  auto held = std::make_unique<RawConnection>(server.port());
  RawConnection other(server.port());
  // Both are counted once the server has answered on them.
  ASSERT_TRUE(held->Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_TRUE(other.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_TRUE(held->ReadResponse());
  ASSERT_TRUE(other.ReadResponse());
  RawConnection refused(server.port());
  auto answer = refused.ReadResponse();
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 503);
  held.reset();
  // The closed connection's place comes back once the server has seen the close.
  std::optional<RawResponse> again;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!(again && again->status == 200) && std::chrono::steady_clock::now() < deadline)
    again = RawGet(server.port(), "/healthz");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

TEST_F(RequestAdmissionTest, JsonRoutesRefuseOtherMediaTypes) {
  auto admin = server_.SignedIn("admin@acme.test");
  for (const std::string type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
    auto r = admin.Send("POST", "/api/v1/customers", R"({"name":"Form Oy"})", {{"Content-Type", type}});
    EXPECT_EQ(r.status, 415) << type;
    EXPECT_EQ(r.error_code(), "unsupported_media_type");
  }
  auto json_ok = admin.Send("POST", "/api/v1/customers", R"({"name":"Json Oy"})",
                            {{"Content-Type", "application/json; charset=utf-8"}});
  EXPECT_EQ(json_ok.status, 201) << json_ok.body;
}

TEST_F(RequestAdmissionTest, SignInTakesJsonOnlySoACrossSiteFormCannotSignAVictimIn) {
  auto client = server_.Client();
  auto form = client.Send("POST", "/api/v1/auth/login",
                          R"({"email":"admin@acme.test","password":")" + std::string(kTestPassword) + "\"}",
                          {{"Content-Type", "text/plain"}});
  EXPECT_EQ(form.status, 415);
  EXPECT_TRUE(form.header("set-cookie").empty());
  auto urlencoded = client.Send("POST", "/api/v1/auth/login",
                                "email=admin%40acme.test&password=" + std::string(kTestPassword),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(urlencoded.status, 415);
}

}  // namespace
}  // namespace clientele::testing
