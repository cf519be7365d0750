#pragma once

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/project_fixture.hpp"

namespace clientele::testing {

/// ProjectApiTest plus an open project the consultant is a member of (`project_`), one they are not on
/// (`foreign_`), and builders for work types, prices and hour entries.
class HoursApiTest : public ProjectApiTest {
 protected:
  static constexpr const char* kWorkTypes = "/api/v1/settings/work-types";
  static constexpr const char* kHours = "/api/v1/hours";

  void SetUp() override {
    ProjectApiTest::SetUp();
    project_ = AddProject(
        customer_,
        nlohmann::json{{"name", "ERP roll-out"}, {"state", "open"}, {"memberIds", {consultant_id_}}});
    foreign_ = AddProject(customer_, nlohmann::json{{"name", "Audit"}, {"state", "open"}});
    consultant_.emplace(server_.SignedIn("consultant@acme.test"));
  }

  ApiClient& consultant() { return *consultant_; }
  static std::string HourPath(const nlohmann::json& h) {
    return std::string(kHours) + "/" + std::to_string(IdOf(h));
  }
  static std::string TypePath(const nlohmann::json& t) {
    return std::string(kWorkTypes) + "/" + std::to_string(IdOf(t));
  }

  /// The work type called `name`.
  nlohmann::json WorkType(const std::string& name) {
    const nlohmann::json list = admin().Get(kWorkTypes).json();
    for (const auto& t : list["items"])
      if (t["name"] == name) return t;
    ADD_FAILURE() << "no work type " << name;
    return {};
  }
  long long WorkTypeId(const std::string& name) { return IdOf(WorkType(name)); }

  /// Sets the default hourly price of `name` (minor units of EUR, the base currency).
  nlohmann::json PriceWorkType(const std::string& name, long long amount) {
    auto type = WorkType(name);
    auto r = admin().Patch(TypePath(type), {{"version", type["version"]},
                                            {"hourlyPrice", {{"amount", amount}, {"currency", "EUR"}}}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }

  /// The consultant's hours on `project_` (or as given in `extra`), Consulting by default.
  HttpResult Record(ApiClient& client, const std::string& date, long long minutes,
                    nlohmann::json extra = nlohmann::json::object()) {
    if (!extra.contains("projectId")) extra["projectId"] = IdOf(project_);
    if (!extra.contains("workTypeId")) extra["workTypeId"] = WorkTypeId("Consulting");
    extra["date"] = date;
    extra["minutes"] = minutes;
    return client.Post(kHours, extra);
  }
  nlohmann::json Recorded(ApiClient& client, const std::string& date, long long minutes,
                          nlohmann::json extra = nlohmann::json::object()) {
    auto r = Record(client, date, minutes, std::move(extra));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }

  nlohmann::json project_;
  nlohmann::json foreign_;
  std::optional<ApiClient> consultant_;
};

}  // namespace clientele::testing
