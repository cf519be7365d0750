#pragma once

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/project_fixture.hpp"

namespace clientele::testing {

/// ProjectApiTest plus an open EUR project, a fixed "today" for the financials, and builders for fees and
/// hour entries (made as the Acme administrator; each fails the test when it does not work).
class MoneyApiTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    project_ = AddProject(customer_, "Website relaunch");
    SetToday("2026-12-05");
  }

  /// The organization's date as the financials see it (month boundaries of fill-from-fees and defaults).
  void SetToday(const std::string& date) {
    server_.services().money_projects.today = [date](soci::session&, OrgId) { return date; };
  }

  static nlohmann::json Eur(long long amount) { return {{"amount", amount}, {"currency", "EUR"}}; }
  std::string FeesPath() const { return ProjectPath(project_) + "/fees"; }
  std::string ForecastsPath() const { return ProjectPath(project_) + "/forecasts"; }
  static std::string FeePath(const nlohmann::json& fee) {
    return "/api/v1/fees/" + std::to_string(IdOf(fee));
  }

  /// A fee (defaults: 1 pcs at 100.00 on 2026-12-10) with `overrides`.
  nlohmann::json AddFee(nlohmann::json overrides = nlohmann::json::object()) {
    nlohmann::json body = {{"kind", "fee"},   {"date", "2026-12-10"}, {"description", "Licence"},
                           {"quantity", "1"}, {"unit", "pcs"},        {"unitPrice", Eur(10000)}};
    body.update(overrides);
    auto r = admin().Post(FeesPath(), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }

  /// An hour entry written straight into the table (the hours API is another branch's): `billable` 0/1.
  void AddHours(const std::string& date, int minutes, bool billable, long long price, long long cost) {
    const long long org = OrgOf(), user = admin_id_, project = IdOf(project_), customer = IdOf(customer_);
    const long long billable_flag = billable ? 1 : 0, length = minutes;
    auto ok = server_.db().Write([&](soci::session& sql) {
      long long work_type = 0;
      sql << "SELECT MIN(id) FROM work_types WHERE org_id = :org", soci::use(org, "org"),
          soci::into(work_type);
      sql << "INSERT INTO hour_entries (org_id, user_id, project_id, customer_id, work_type_id, entry_date, "
             "minutes, description, billable, unit_price, unit_cost, currency, created_at, created_by, "
             "updated_at, updated_by) VALUES (:org, :user, :project, :customer, :type, :date, :minutes, '', "
             ":billable, :price, :cost, 'EUR', '2026-12-01T00:00:00Z', :by, '2026-12-01T00:00:00Z', :by2)",
          soci::use(org, "org"), soci::use(user, "user"), soci::use(project, "project"),
          soci::use(customer, "customer"), soci::use(work_type, "type"), soci::use(date, "date"),
          soci::use(length, "minutes"), soci::use(billable_flag, "billable"), soci::use(price, "price"),
          soci::use(cost, "cost"), soci::use(user, "by"), soci::use(user, "by2");
      return Status(Ok());
    });
    ASSERT_TRUE(ok.ok());
  }

  long long OrgOf() {
    long long org = 0, user = admin_id_;
    server_.db().Read([&](soci::session& sql) {
      sql << "SELECT org_id FROM users WHERE id = :id", soci::use(user, "id"), soci::into(org);
      return 0;
    });
    return org;
  }

  /// Narrows a built-in role's rights in one area (e.g. "financials_view", "own").
  void SetRoleRight(const std::string& role, const std::string& column, const std::string& scope) {
    auto ok = server_.db().Write([&](soci::session& sql) {
      sql << "UPDATE roles SET " + column + " = :scope WHERE name = :role", soci::use(scope, "scope"),
          soci::use(role, "role");
      return Status(Ok());
    });
    ASSERT_TRUE(ok.ok());
  }

  nlohmann::json project_;
};

}  // namespace clientele::testing
