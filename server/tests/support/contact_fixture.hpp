#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/customer_fixture.hpp"

namespace clientele::testing {

/// CustomerApiTest plus builders for addresses, contacts, keywords and contact roles (all made as the Acme
/// administrator; each fails the test when it does not work).
class ContactApiTest : public CustomerApiTest {
 protected:
  void SetUp() override {
    CustomerApiTest::SetUp();
    admin_.emplace(server_.SignedIn("admin@acme.test"));
    customer_ = Create({{"name", "Oy Nokia, Ab"}});
  }

  ApiClient& admin() { return *admin_; }
  static long long IdOf(const nlohmann::json& record) { return record["id"].get<long long>(); }
  static std::string AddressPath(const nlohmann::json& a) {
    return "/api/v1/addresses/" + std::to_string(IdOf(a));
  }
  static std::string ContactPath(const nlohmann::json& c) {
    return "/api/v1/contacts/" + std::to_string(IdOf(c));
  }

  nlohmann::json AddAddress(const nlohmann::json& customer, const std::string& street,
                            nlohmann::json extra = nlohmann::json::object()) {
    extra["street"] = {street};
    auto r = admin().Post(PathOf(customer) + "/addresses", extra);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  nlohmann::json AddContact(const nlohmann::json& customer, const nlohmann::json& body) {
    auto r = admin().Post(PathOf(customer) + "/contacts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  nlohmann::json AddKeyword(const std::string& name) {
    auto r = admin().Post("/api/v1/settings/keywords", {{"name", name}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  nlohmann::json AddRole(const std::string& name) {
    auto r = admin().Post("/api/v1/settings/contact-roles", {{"name", name}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  nlohmann::json Addresses(const nlohmann::json& customer) {
    return admin().Get(PathOf(customer) + "/addresses").json()["items"];
  }

  std::optional<ApiClient> admin_;
  nlohmann::json customer_;
};

}  // namespace clientele::testing
