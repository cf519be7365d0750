#pragma once

#include <gtest/gtest.h>

#include <string>

#include "support/contact_fixture.hpp"

namespace clientele::testing {

/// ContactApiTest plus projects. The projects API is not here yet, so AddProject writes the row of migration
/// 0004 with SQL; when the API lands, only AddProject changes.
class ProjectApiTest : public ContactApiTest {
 protected:
  /// A project of `customer` (a customer JSON as the API returns it); returns {id, number, name}.
  nlohmann::json AddProject(const nlohmann::json& customer, const std::string& name) {
    const long long customer_id = IdOf(customer);
    long long id = 0, number = ++projects_;
    auto done = server_.db().Write([&](soci::session& sql) {
      const std::string now = "2026-11-27T20:41:00Z";
      sql << "INSERT INTO projects (org_id, number, name, search_text, customer_id, sales_status_id, state, "
             "probability, created_at, created_by, updated_at, updated_by) "
             "SELECT c.org_id, :number, :name, :search, c.id, "
             "(SELECT MIN(s.id) FROM sales_statuses s WHERE s.org_id = c.org_id), 'open', 100, :now, :by, "
             ":now2, "
             ":by2 FROM customers c WHERE c.id = :customer RETURNING id",
          soci::use(number, "number"), soci::use(name, "name"), soci::use(name, "search"),
          soci::use(now, "now"), soci::use(admin_id_, "by"), soci::use(now, "now2"),
          soci::use(admin_id_, "by2"), soci::use(customer_id, "customer"), soci::into(id);
      return Status(Ok());
    });
    EXPECT_TRUE(done.ok());
    EXPECT_GT(id, 0);
    return {{"id", id}, {"number", number}, {"name", name}};
  }
  static std::string ProjectPath(const nlohmann::json& project) {
    return "/api/v1/projects/" + std::to_string(IdOf(project));
  }

 private:
  long long projects_ = 1000;
};

}  // namespace clientele::testing
