#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/project_fixture.hpp"

namespace clientele::testing {

/// ProjectApiTest plus builders for activities (made as the Acme administrator unless a client is given; each
/// fails the test when it does not work) and lookups of the default activity types.
class ActivityApiTest : public ProjectApiTest {
 protected:
  static std::string ActivityPath(const nlohmann::json& a) {
    return "/api/v1/activities/" + std::to_string(IdOf(a));
  }

  /// The id of the activity type called `name` in /settings/activity-types.
  long long TypeId(const std::string& name) {
    const auto types = admin().Get("/api/v1/settings/activity-types").json();
    for (const auto& t : types["items"])
      if (t["name"] == name) return IdOf(t);
    ADD_FAILURE() << "no activity type " << name;
    return 0;
  }

  /// A to-do on `path` (a customer's or project's) due at `due` (or without due date when empty).
  nlohmann::json AddTodo(const std::string& path, const std::string& name, const std::string& due = "",
                         nlohmann::json extra = nlohmann::json::object()) {
    extra["typeId"] = TypeId("To-do");
    extra["name"] = name;
    if (!due.empty()) extra["dueAt"] = due;
    return AddActivity(admin(), path, extra);
  }
  /// A meeting on `path` from `start` to `end`.
  nlohmann::json AddMeeting(const std::string& path, const std::string& name, const std::string& start,
                            const std::string& end, nlohmann::json extra = nlohmann::json::object()) {
    extra["typeId"] = TypeId("Meeting");
    extra["name"] = name;
    extra["startAt"] = start;
    extra["endAt"] = end;
    return AddActivity(admin(), path, extra);
  }
  nlohmann::json AddActivity(ApiClient& client, const std::string& path, const nlohmann::json& body) {
    auto r = client.Post(path + "/activities", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }

  static std::vector<std::string> Names(const nlohmann::json& page) {
    std::vector<std::string> out;
    for (const auto& a : page["items"]) out.push_back(a["name"]);
    return out;
  }

  /// Every name of a list, page by page with `limit` (a page may be short; the cursor says whether more
  /// come).
  std::vector<std::string> AllNames(ApiClient& client, const std::string& list, int limit) {
    std::vector<std::string> seen;
    const std::string sep = list.find('?') == std::string::npos ? "?" : "&";
    std::string next = list + sep + "limit=" + std::to_string(limit);
    for (int pages = 0; pages < 100; ++pages) {
      auto r = client.Get(next);
      EXPECT_EQ(r.status, 200) << r.body;
      const auto page = r.json();
      EXPECT_LE(page["items"].size(), static_cast<std::size_t>(limit));
      for (const auto& n : Names(page)) seen.push_back(n);
      if (page["nextCursor"].is_null()) break;
      next =
          list + sep + "limit=" + std::to_string(limit) + "&cursor=" + page["nextCursor"].get<std::string>();
    }
    return seen;
  }
};

}  // namespace clientele::testing
