#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/activity_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

constexpr const char* kFeed = "/api/v1/me/calendar-feed";

/// What Debian's python3-icalendar makes of a feed (support/ics_check.py), as JSON.
json ParseWithIcalendar(const std::string& ics) {
  const auto file =
      std::filesystem::temp_directory_path() / ("clientele-feed-" + std::to_string(::getpid()) + ".ics");
  std::ofstream(file, std::ios::binary) << ics;
  const std::string command =
      "/usr/bin/python3 " CLIENTELE_TEST_SUPPORT_DIR "/ics_check.py < '" + file.string() + "'";
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    EXPECT_EQ(::pclose(pipe), 0) << "the checker failed: is python3-icalendar installed? " << out;
  }
  std::filesystem::remove(file);
  return json::parse(out, nullptr, false);
}

class CalendarFeedTest : public ActivityApiTest {
 protected:
  /// The feed URL's path (its origin is this server's).
  std::string NewFeedPath(ApiClient& client) {
    auto r = client.Post(kFeed, json::object());
    EXPECT_EQ(r.status, 201) << r.body;
    const std::string url = r.json()["url"];
    EXPECT_EQ(url.rfind(server_.base_url() + "/calendar/", 0), 0u) << url;
    EXPECT_EQ(url.substr(url.size() - 4), ".ics");
    return url.substr(server_.base_url().size());
  }
};

TEST_F(CalendarFeedTest, TheFeedHoldsTheUsersActivitiesAndParsesWithARealParser) {
  const std::string summary = "Styrgruppsmöte, Q1; Åland";
  std::string long_description;
  for (int i = 0; i < 20; ++i)
    long_description += "Väliraportti ja €-budjetti, kohta " + std::to_string(i) + "\n";
  auto meeting = AddMeeting(PathOf(customer_), summary, "2030-12-08T08:00:00Z", "2030-12-08T09:30:00Z",
                            {{"location", "Helsinki, HQ"}, {"description", long_description}});
  // The consultant's, with the admin taking part: in the admin's feed too.
  AddActivity(admin(), PathOf(customer_),
              {{"typeId", TypeId("Customer visit")},
               {"name", "Two-day visit"},
               {"allDay", true},
               {"startAt", "2030-12-10T00:00:00Z"},
               {"endAt", "2030-12-11T00:00:00Z"},
               {"ownerId", consultant_id_},
               {"participants", {{{"type", "user"}, {"id", admin_id_}}}}});
  auto done = AddTodo(PathOf(customer_), "Send the offer", "2030-12-01T12:00:00Z", {{"isDone", true}});
  auto open = AddTodo(PathOf(customer_), "Call back", "2030-12-02T12:00:00Z");
  AddTodo(PathOf(customer_), "Undated");
  AddTodo(PathOf(customer_), "Long ago", "2020-01-01T12:00:00Z");
  AddTodo(PathOf(customer_), "The consultant's own", "2030-12-03T12:00:00Z", {{"ownerId", consultant_id_}});

  EXPECT_EQ(admin().Get(kFeed).json(), (json{{"active", false}}));
  const std::string path = NewFeedPath(admin());
  auto state = admin().Get(kFeed).json();
  EXPECT_EQ(state["active"], true);
  EXPECT_FALSE(state["createdAt"].get<std::string>().empty());
  EXPECT_FALSE(state.contains("url")) << "the secret is shown once";

  auto anonymous = server_.Client();  // no session: the token is the credential
  auto r = anonymous.Get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/calendar; charset=utf-8");
  const json parsed = ParseWithIcalendar(r.body);
  ASSERT_TRUE(parsed.is_object()) << r.body;
  EXPECT_TRUE(parsed["problems"].empty()) << parsed["problems"].dump();
  ASSERT_EQ(parsed["events"].size(), 2u) << parsed.dump();
  const auto& event = parsed["events"][0];
  EXPECT_EQ(event["uid"], "activity-" + std::to_string(IdOf(meeting)) + "@clientele");
  EXPECT_EQ(event["summary"], summary);
  EXPECT_EQ(event["location"], "Helsinki, HQ");
  EXPECT_NE(event["description"].get<std::string>().find("Customer: Oy Nokia, Ab"), std::string::npos);
  EXPECT_NE(event["description"].get<std::string>().find("€-budjetti, kohta 19"), std::string::npos);
  EXPECT_EQ(event["allDay"], false);
  EXPECT_EQ(event["start"], "2030-12-08T08:00:00+00:00");
  EXPECT_EQ(event["end"], "2030-12-08T09:30:00+00:00");
  const auto& all_day = parsed["events"][1];
  EXPECT_EQ(all_day["summary"], "Two-day visit");
  EXPECT_EQ(all_day["allDay"], true);
  EXPECT_EQ(all_day["start"], "2030-12-10");
  EXPECT_EQ(all_day["end"], "2030-12-12") << "DTEND is the day after the last day";
  ASSERT_EQ(parsed["todos"].size(), 2u) << parsed.dump();
  EXPECT_EQ(parsed["todos"][0]["uid"], "activity-" + std::to_string(IdOf(done)) + "@clientele");
  EXPECT_EQ(parsed["todos"][0]["status"], "COMPLETED");
  EXPECT_FALSE(parsed["todos"][0]["completed"].is_null());
  EXPECT_EQ(parsed["todos"][0]["due"], "2030-12-01T12:00:00+00:00");
  EXPECT_EQ(parsed["todos"][1]["uid"], "activity-" + std::to_string(IdOf(open)) + "@clientele");
  EXPECT_EQ(parsed["todos"][1]["status"], "NEEDS-ACTION");
  EXPECT_TRUE(parsed["todos"][1]["completed"].is_null());
}

TEST_F(CalendarFeedTest, AForgedHostHeaderDoesNotChangeTheFeedUrl) {
  // Without --public-url the URL names the address the server listens on, never the request's Host: a
  // link-poisoning client must not make the server hand out a URL (and its secret) on another host.
  auto client = server_.SignedIn("admin@acme.test");
  auto r = client.Send("POST", kFeed, "{}", {{"Host", "evil.example"}, {"Content-Type", "application/json"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string url = r.json()["url"];
  EXPECT_EQ(url.rfind(server_.base_url() + "/calendar/", 0), 0u) << url;
}

TEST_F(CalendarFeedTest, RevokingAndRegeneratingInvalidateTheOldUrl) {
  AddTodo(PathOf(customer_), "Call back", "2030-12-02T12:00:00Z");
  auto anonymous = server_.Client();
  const std::string first = NewFeedPath(admin());
  EXPECT_EQ(anonymous.Get(first).status, 200);
  const std::string second = NewFeedPath(admin());
  EXPECT_NE(first, second);
  EXPECT_EQ(anonymous.Get(first).status, 404) << "a new URL revokes the old one";
  EXPECT_EQ(anonymous.Get(second).status, 200);
  EXPECT_EQ(admin().Delete(kFeed).status, 204);
  EXPECT_EQ(anonymous.Get(second).status, 404);
  EXPECT_EQ(admin().Get(kFeed).json(), (json{{"active", false}}));
  EXPECT_EQ(admin().Delete(kFeed).status, 204) << "revoking nothing is fine";
  EXPECT_EQ(anonymous.Get("/calendar/not-a-token.ics").status, 404);
  EXPECT_EQ(anonymous.Get("/calendar/.ics").status, 404);
}

TEST_F(CalendarFeedTest, TheFeedSettingsNeedASessionWithCsrfAndEachUserHasTheirOwn) {
  EXPECT_EQ(server_.Client().Get(kFeed).status, 401);
  EXPECT_EQ(server_.Client().Post(kFeed, json::object()).status, 401);
  auto no_csrf = server_.SignedIn("admin@acme.test");
  no_csrf.SendCsrf(false);
  EXPECT_EQ(no_csrf.Post(kFeed, json::object()).status, 403);
  AddTodo(PathOf(customer_), "The admin's", "2030-12-02T12:00:00Z");
  auto reader = server_.SignedIn("reader@acme.test");
  const std::string readers = NewFeedPath(reader);
  const std::string admins = NewFeedPath(admin());
  auto anonymous = server_.Client();
  EXPECT_EQ(anonymous.Get(readers).body.find("The admin"), std::string::npos);
  EXPECT_NE(anonymous.Get(admins).body.find("SUMMARY:The admin's"), std::string::npos);
  EXPECT_EQ(anonymous.Get(readers).status, 200) << "the admin's new feed leaves the reader's alone";
}

TEST(CalendarFeedRoute, IsServedByTheApiEvenWhenTheWebAppIsServedToo) {
  const auto web =
      std::filesystem::temp_directory_path() / ("clientele-feed-web-" + std::to_string(::getpid()));
  std::filesystem::create_directories(web);
  std::ofstream(web / "index.html") << "<!doctype html><title>app</title>";
  TestServer::Options options;
  options.web_dir = web;
  TestServer server(options);
  server.CreateOrg("Web Oy");
  server.CreateUser("admin@web.test", "Administrator");
  auto admin = server.SignedIn("admin@web.test");
  auto r = admin.Post(kFeed, json::object());
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string url = r.json()["url"];
  auto feed = server.Client().Get(url.substr(server.base_url().size()));
  EXPECT_EQ(feed.status, 200);
  EXPECT_EQ(feed.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u) << feed.body.substr(0, 100);
  EXPECT_EQ(server.Client().Get("/calendar/unknown.ics").status, 404);
  std::filesystem::remove_all(web);
}

}  // namespace
}  // namespace clientele::testing
