#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "support/fake_address_book.hpp"
#include "support/fake_registry.hpp"
#include "support/test_server.hpp"

namespace clientele::testing {

/// The server with its registry client pointed at a FakeRegistry and its addresses kept in a FakeAddressBook;
/// an organization with one user per built-in role, and a second organization.
class RegistryApiTest : public ::testing::Test {
 protected:
  /// Where the registry update finds customers' addresses.
  enum class Addresses {
    kFakeBook,   // book_, so that tests can set and inspect them directly
    kAppWiring,  // the addresses feature, as `clientele serve` has it
    kNone,       // not wired: the update refuses addresses
  };

  explicit RegistryApiTest(Addresses addresses = Addresses::kFakeBook)
      : server_(Options(fake_.Config(), addresses)) {}

  void SetUp() override { Seed(server_); }

  TestServer::Options Options(registry::RegistryConfig config, Addresses addresses = Addresses::kFakeBook) {
    TestServer::Options options;
    options.registry = std::move(config);
    if (addresses == Addresses::kFakeBook) options.addresses = book_.Port();
    if (addresses == Addresses::kNone) options.addresses = registry::AddressPort{};
    return options;
  }

  static void Seed(TestServer& server) {
    server.CreateOrg("Other Org");
    server.CreateUser("admin@other.test", "Administrator");
    server.CreateOrg("Acme Consulting");
    server.CreateUser("admin@acme.test", "Administrator");
    server.CreateUser("manager@acme.test", "Manager");
    server.CreateUser("consultant@acme.test", "Consultant");
    server.CreateUser("reader@acme.test", "Read-only");
  }

  /// A customer created by the administrator of Acme on `server` (default: server_).
  nlohmann::json Create(const nlohmann::json& body, TestServer* server = nullptr) {
    auto r = (server ? *server : server_).SignedIn("admin@acme.test").Post("/api/v1/customers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  nlohmann::json Customer(const std::string& name, const std::string& country, const std::string& vat,
                          TestServer* server = nullptr) {
    return Create({{"name", name}, {"country", country}, {"vatNumber", vat}}, server);
  }
  nlohmann::json Nokia(TestServer* server = nullptr) {
    return Create({{"name", "Oy Nokia Ab"},
                   {"country", "FI"},
                   {"vatNumber", "FI01120389"},
                   {"email", "info@nokia.example"},
                   {"website", "http://old.nokia.example"},
                   {"phone", "+358 10 44 88 000"}},
                  server);
  }

  static std::string PathOf(const nlohmann::json& customer) {
    return "/api/v1/customers/" + std::to_string(customer["id"].get<long long>());
  }
  static CustomerId IdOf(const nlohmann::json& customer) {
    return CustomerId(customer["id"].get<long long>());
  }

  HttpResult Lookup(const nlohmann::json& customer, const std::string& as = "admin@acme.test",
                    const std::string& query = "") {
    return server_.SignedIn(as).Get(PathOf(customer) + "/registry-lookup" + query);
  }
  HttpResult Apply(const nlohmann::json& customer, const nlohmann::json& fields, long long version = 1,
                   const std::string& as = "admin@acme.test") {
    return server_.SignedIn(as).Post(PathOf(customer) + "/registry-update",
                                     {{"version", version}, {"fields", fields}});
  }
  static std::string Message(const HttpResult& r) { return r.json()["error"]["message"].get<std::string>(); }

  FakeRegistry fake_;
  FakeAddressBook book_;
  TestServer server_;
};

}  // namespace clientele::testing
