#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <thread>

#include "support/registry_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;
using RegistryErrorsTest = RegistryApiTest;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(RegistryErrorsTest, ARegistry400IsA502WithTheRegistrysMessageAndNoRetry) {
  fake_.AnswerAll("FI", FakeRegistry::FromFile(400, "fi-bad-request.json"));
  auto fi = Lookup(Nokia());
  EXPECT_EQ(fi.status, 502);
  EXPECT_EQ(fi.error_code(), "bad_gateway");
  EXPECT_TRUE(Contains(Message(fi), "PRH rejected the request")) << fi.body;
  EXPECT_TRUE(Contains(Message(fi), "Invalid parameter: businessId")) << fi.body;
  EXPECT_EQ(fake_.requests(), 1) << "no retry after an HTTP answer";

  fake_.AnswerAll("NO", FakeRegistry::FromFile(400, "no-bad-request.json"));
  auto no = Lookup(Customer("Equinor ASA", "NO", "923609016"));
  EXPECT_EQ(no.status, 502);
  EXPECT_TRUE(Contains(Message(no), "Organisasjonsnummer må bestå av 9 siffer")) << no.body;
  EXPECT_EQ(fake_.requests(), 2);
}

TEST_F(RegistryErrorsTest, ThrottlingIsA503WithRetryAfterAndTheRegistryIsLeftAlone) {
  fake_.Throttle("30");
  auto r = Lookup(Nokia());
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.error_code(), "service_unavailable");
  EXPECT_TRUE(Contains(Message(r), "PRH is throttling requests (HTTP 429: Too many requests)")) << r.body;
  EXPECT_TRUE(Contains(Message(r), "try again in 30 seconds")) << r.body;
  EXPECT_EQ(r.header("retry-after"), "30");
  auto wolt = Lookup(Customer("Wolt Oy", "FI", "2646674-9"));
  EXPECT_EQ(wolt.status, 503);
  EXPECT_FALSE(wolt.header("retry-after").empty());
  EXPECT_EQ(fake_.requests(), 1) << "PRH asked for 30 seconds of quiet";
  EXPECT_EQ(Lookup(Customer("Equinor ASA", "NO", "923609016")).status, 200) << "Brønnøysund is not affected";
}

TEST_F(RegistryErrorsTest, RetryAfterAsAnHttpDateIsHonouredToo) {
  char date[64];
  const std::time_t in_two_minutes = std::time(nullptr) + 120;
  std::tm tm{};
  gmtime_r(&in_two_minutes, &tm);
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  fake_.Throttle(date);
  auto r = Lookup(Nokia());
  EXPECT_EQ(r.status, 503);
  const int seconds = std::stoi(r.header("retry-after"));
  EXPECT_GT(seconds, 100);
  EXPECT_LE(seconds, 121);
}

TEST_F(RegistryErrorsTest, ThrottlingWithoutRetryAfterSaysTryLaterAndIsNotCached) {
  fake_.Throttle();
  auto nokia = Nokia();
  auto r = Lookup(nokia);
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(Contains(Message(r), "try again later")) << r.body;
  EXPECT_EQ(Lookup(nokia).status, 503);
  EXPECT_EQ(fake_.requests(), 2);
}

TEST_F(RegistryErrorsTest, ARegistry500IsA502AndA503IsA503WithTheRegistrysReason) {
  fake_.AnswerAll("NO", {500, "application/json", R"({"status":500,"feilmelding":"Intern feil"})", {}});
  auto equinor = Customer("Equinor ASA", "NO", "923609016");
  auto failed = Lookup(equinor);
  EXPECT_EQ(failed.status, 502);
  EXPECT_TRUE(Contains(Message(failed), "Brønnøysundregistrene failed (HTTP 500): Intern feil"))
      << failed.body;
  EXPECT_EQ(fake_.requests(), 1);
  fake_.AnswerAll("NO", {503, "text/plain", "Vedlikehold\n", {}});
  auto down = Lookup(equinor);
  EXPECT_EQ(down.status, 503);
  EXPECT_TRUE(Contains(Message(down), "unavailable (HTTP 503: Vedlikehold)")) << down.body;
  EXPECT_EQ(fake_.requests(), 2) << "failures are not cached";
}

TEST_F(RegistryErrorsTest, AnAnswerThatIsNotJsonIsA502) {
  fake_.AnswerAll("FI", {200, "text/html", "<html>maintenance</html>", {}});
  auto r = Lookup(Nokia());
  EXPECT_EQ(r.status, 502);
  EXPECT_TRUE(Contains(Message(r), "not JSON")) << r.body;
}

TEST_F(RegistryErrorsTest, AStalledRegistryBecomesAClearErrorWithinTheTimeout) {
  TestServer quick(Options(fake_.Config(std::chrono::seconds(1))));
  Seed(quick);
  auto nokia = Nokia(&quick);
  auto admin = quick.SignedIn("admin@acme.test");
  fake_.Stall();
  const auto started = std::chrono::steady_clock::now();
  auto r = admin.Get(PathOf(nokia) + "/registry-lookup");
  const auto took = std::chrono::steady_clock::now() - started;
  fake_.Release();
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(Contains(Message(r), "PRH did not answer within 1 second")) << r.body;
  EXPECT_LT(took, std::chrono::seconds(4)) << "one attempt of 1 s, no retry after a timeout";
  EXPECT_EQ(fake_.requests(), 1);
}

TEST_F(RegistryErrorsTest, AStalledRegistryCannotOccupyEveryWorker) {
  auto config = fake_.Config(std::chrono::seconds(2));
  config.max_concurrent = 1;
  TestServer limited(Options(config));
  Seed(limited);
  auto nokia = Nokia(&limited);
  auto equinor = Customer("Equinor ASA", "NO", "923609016", &limited);
  auto first_client = limited.SignedIn("admin@acme.test");
  auto second_client = limited.SignedIn("manager@acme.test");
  fake_.Stall();
  std::thread first([&] { first_client.Get(PathOf(nokia) + "/registry-lookup"); });
  for (int i = 0; i < 500 && fake_.requests() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  auto second = second_client.Get(PathOf(equinor) + "/registry-lookup");
  fake_.Release();
  first.join();
  EXPECT_EQ(second.status, 503);
  EXPECT_TRUE(Contains(Message(second), "Too many registry lookups are running")) << second.body;
  EXPECT_EQ(fake_.requests(), 1);
}

TEST_F(RegistryErrorsTest, ADroppedConnectionIsRetriedOnce) {
  auto nokia = Nokia();
  fake_.DropNext(1);
  EXPECT_EQ(Lookup(nokia).status, 200);
  EXPECT_EQ(fake_.requests(), 2);
}

TEST_F(RegistryErrorsTest, ConnectionFailuresAreRetriedOnlyOnceAndBecomeA503) {
  auto equinor = Customer("Equinor ASA", "NO", "923609016");
  fake_.DropNext(5);
  auto r = Lookup(equinor);
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(Contains(Message(r), "Could not reach Brønnøysundregistrene")) << r.body;
  EXPECT_EQ(fake_.requests(), 2);
}

TEST_F(RegistryErrorsTest, AnUnreachableRegistryIsA503) {
  TestServer offline;  // points at a closed port
  Seed(offline);
  auto nokia = Nokia(&offline);
  auto r = offline.SignedIn("admin@acme.test").Get(PathOf(nokia) + "/registry-lookup");
  EXPECT_EQ(r.status, 503);
  EXPECT_TRUE(Contains(Message(r), "Could not reach PRH")) << r.body;
}

TEST_F(RegistryErrorsTest, CustomersOutsideFinlandAndNorwayOrWithoutAUsableVatNumberAre422) {
  auto swedish = Create({{"name", "Øresund Design AB"}, {"country", "SE"}, {"vatNumber", "SE556677889901"}});
  auto se = Lookup(swedish);
  EXPECT_EQ(se.status, 422);
  EXPECT_TRUE(se.has_field_error("country"));
  EXPECT_TRUE(Contains(Message(se), "Finland (FI) and Norway (NO)")) << se.body;
  EXPECT_EQ(Apply(swedish, {"name"}).status, 422);

  auto no_country = Lookup(Create({{"name", "Somewhere Ltd"}}));
  EXPECT_EQ(no_country.status, 422);
  EXPECT_TRUE(no_country.has_field_error("country"));

  auto no_vat = Lookup(Create({{"name", "Nokia Oyj"}, {"country", "FI"}}));
  EXPECT_EQ(no_vat.status, 422);
  EXPECT_TRUE(no_vat.has_field_error("vatNumber"));
  EXPECT_TRUE(Contains(Message(no_vat), "missing")) << no_vat.body;

  auto mixed = Lookup(Create({{"name", "Equinor ASA"}, {"country", "FI"}, {"vatNumber", "NO923609016MVA"}}));
  EXPECT_EQ(mixed.status, 422);
  EXPECT_TRUE(mixed.has_field_error("vatNumber"));
  EXPECT_TRUE(Contains(Message(mixed), "not a Finnish number")) << mixed.body;
  EXPECT_EQ(fake_.requests(), 0);
}

TEST_F(RegistryErrorsTest, AnotherOrganizationsCustomerIs404AndTheRegistryIsNotAsked) {
  auto nokia = Nokia();
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(nokia) + "/registry-lookup").status, 404);
  auto update = other.Post(PathOf(nokia) + "/registry-update", {{"version", 1}, {"fields", {"name"}}});
  EXPECT_EQ(update.status, 404);
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get("/api/v1/customers/999999/registry-lookup").status, 404);
  EXPECT_EQ(fake_.requests(), 0);
  EXPECT_EQ(server_.SignedIn("admin@acme.test").Get(PathOf(nokia)).json()["name"], "Oy Nokia Ab");
}

TEST_F(RegistryErrorsTest, SignedOutCallersAre401) {
  auto nokia = Nokia();
  EXPECT_EQ(server_.Client().Get(PathOf(nokia) + "/registry-lookup").status, 401);
  EXPECT_EQ(server_.Client().Get("/api/v1/registry/companies/FI/0112038-9").status, 401);
}

}  // namespace
}  // namespace clientele::testing
