#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/test_server.hpp"

namespace clientele::testing {

/// An organization with one user per built-in role, and a second organization, for customer API tests.
class CustomerApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.CreateOrg("Other Org");
    server_.CreateUser("admin@other.test", "Administrator");
    server_.CreateOrg("Acme Consulting");
    admin_id_ = server_.CreateUser("admin@acme.test", "Administrator").id.value;
    server_.CreateUser("manager@acme.test", "Manager");
    consultant_id_ = server_.CreateUser("consultant@acme.test", "Consultant").id.value;
    server_.CreateUser("reader@acme.test", "Read-only");
  }

  /// Creates a customer as the administrator; fails the test when that does not work.
  nlohmann::json Create(const nlohmann::json& body) {
    auto client = server_.SignedIn("admin@acme.test");
    auto r = client.Post("/api/v1/customers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static std::string PathOf(const nlohmann::json& customer) {
    return "/api/v1/customers/" + std::to_string(customer["id"].get<long long>());
  }

  TestServer server_;
  long long admin_id_ = 0;
  long long consultant_id_ = 0;
};

}  // namespace clientele::testing
