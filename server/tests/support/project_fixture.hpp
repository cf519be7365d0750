#pragma once

#include <optional>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/contact_fixture.hpp"

namespace clientele::testing {

/// ContactApiTest plus builders for projects and tasks (made as the Acme administrator; each fails the test
/// when it does not work) and lookups of the default statuses by name.
class ProjectApiTest : public ContactApiTest {
 protected:
  static std::string ProjectPath(const nlohmann::json& p) {
    return "/api/v1/projects/" + std::to_string(IdOf(p));
  }
  static std::string TaskPath(const nlohmann::json& t) { return "/api/v1/tasks/" + std::to_string(IdOf(t)); }

  /// The id of the status called `name` in /settings/sales-statuses or /settings/task-statuses.
  long long StatusId(const std::string& list, const std::string& name) {
    const auto body = admin().Get("/api/v1/settings/" + list + "?includeDisabled=true").json();
    for (const auto& s : body["items"])
      if (s["name"] == name) return IdOf(s);
    ADD_FAILURE() << "no status " << name;
    return 0;
  }
  long long SalesStatus(const std::string& name) { return StatusId("sales-statuses", name); }
  long long TaskStatus(const std::string& name) { return StatusId("task-statuses", name); }

  nlohmann::json AddProject(const nlohmann::json& customer, nlohmann::json body) {
    body["customerId"] = IdOf(customer);
    auto r = admin().Post("/api/v1/projects", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  /// An open project of `customer` called `name`, as other records refer to it: {id, number, name}.
  nlohmann::json AddProject(const nlohmann::json& customer, const char* name) {
    auto p = AddProject(customer, nlohmann::json{{"name", name}, {"state", "open"}});
    return {{"id", p["id"]}, {"number", p["number"]}, {"name", p["name"]}};
  }
  nlohmann::json AddTask(const nlohmann::json& project, nlohmann::json body) {
    auto r = admin().Post(ProjectPath(project) + "/tasks", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
};

}  // namespace clientele::testing
