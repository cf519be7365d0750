#include <gtest/gtest.h>

#include "support/event_stream_reader.hpp"
#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// Live updates: listeners on GET /api/v1/events while other users change tasks, projects, notes, files and
/// links. Every negative ("does not receive") is checked by a later change the listener does receive: events
/// reach one listener in the order they were published.
class EventsTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    project_ = AddProject(customer_, {{"name", "ERP"}, {"state", "open"}});
    task_ = AddTask(project_, {{"name", "Kick-off"}});
  }

  /// A listener signed in as `email` (a cookie session, as the browser's EventSource sends it).
  std::unique_ptr<EventStreamReader> Listen(const std::string& email) {
    auto client = server_.SignedIn(email);
    auto reader = std::make_unique<EventStreamReader>(
        server_.port(), std::map<std::string, std::string>{{"Cookie", client.cookie()}});
    EXPECT_EQ(reader->status(), 200);
    // The greeting comes once the subscription exists: changes made from now on reach this listener.
    EXPECT_TRUE(reader->WaitFor([](const auto& f) { return f.comment == "connected"; }));
    return reader;
  }
  json MoveTo(const json& task, const std::string& status) {
    auto current = admin().Get(TaskPath(task)).json();
    auto r = admin().Post(TaskPath(task) + "/move",
                          {{"version", current["version"]}, {"statusId", TaskStatus(status)}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  /// Consultants see only the projects and sales cases they own, sell or work on (a role an organization
  /// can configure; the built-in Consultant sees all).
  void ConsultantsSeeOwnProjectsOnly() {
    auto done = server_.db().Write([](soci::session& sql) {
      sql << "UPDATE roles SET projects_view = 'own', projects_edit = 'own', sales_view = 'own', "
             "sales_edit = 'own' WHERE name = 'Consultant'";
      return Status(Ok());
    });
    ASSERT_TRUE(done.ok());
  }
  static json Change(const char* type, const char* entity, const json& record) {
    return {{"type", type}, {"entity", entity}, {"id", IdOf(record)}};
  }

  json project_;
  json task_;
};

TEST_F(EventsTest, AListenerSeesAnotherUsersTaskMove) {
  auto listener = Listen("consultant@acme.test");
  EXPECT_EQ(listener->header("content-type"), "text/event-stream");
  EXPECT_EQ(listener->header("cache-control"), "no-store");
  EXPECT_EQ(listener->header("x-accel-buffering"), "no");
  MoveTo(task_, "In progress");
  auto moved = listener->WaitForChange(Change("moved", "task", task_));
  ASSERT_TRUE(moved) << "no move event";
  EXPECT_EQ((*moved)["customerId"], customer_["id"]);
  EXPECT_EQ((*moved)["projectId"], project_["id"]);
  auto frame = listener->seen().back();
  EXPECT_FALSE(frame.id.empty()) << "every event has an id";
}

TEST_F(EventsTest, TaskCreateUpdateAndDeleteAreAnnounced) {
  auto listener = Listen("manager@acme.test");
  auto added = AddTask(project_, {{"name", "Workshop"}});
  ASSERT_TRUE(listener->WaitForChange(Change("created", "task", added)));
  ASSERT_EQ(admin().Patch(TaskPath(added), {{"version", added["version"]}, {"name", "Workshop 2"}}).status,
            200);
  ASSERT_TRUE(listener->WaitForChange(Change("updated", "task", added)));
  ASSERT_EQ(admin().Delete(TaskPath(added)).status, 204);
  ASSERT_TRUE(listener->WaitForChange(Change("deleted", "task", added)));
}

TEST_F(EventsTest, SequenceIdsIncrease) {
  auto listener = Listen("manager@acme.test");
  MoveTo(task_, "In progress");
  MoveTo(task_, "Done");
  auto first = listener->WaitForChange({{"type", "moved"}});
  auto second = listener->WaitForChange({{"type", "moved"}});
  ASSERT_TRUE(first && second);
  const auto& frames = listener->seen();
  EXPECT_LT(std::stoull(frames[frames.size() - 2].id), std::stoull(frames.back().id));
}

TEST_F(EventsTest, ProjectNoteFileAndLinkChangesAreAnnounced) {
  auto listener = Listen("manager@acme.test");
  auto won = admin().Patch(ProjectPath(project_), {{"version", 1}, {"description", "Phase 1"}});
  ASSERT_EQ(won.status, 200) << won.body;
  ASSERT_TRUE(listener->WaitForChange(Change("updated", "project", project_)));
  auto closed = admin().Post(ProjectPath(project_) + "/close", {{"version", won.json()["version"]}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  ASSERT_TRUE(listener->WaitForChange(Change("updated", "project", project_)))
      << "closing is a status change";
  auto sales = AddProject(customer_, {{"name", "New deal"}});
  ASSERT_TRUE(listener->WaitForChange(Change("created", "project", sales)));

  auto note = admin().Post(PathOf(customer_) + "/notes", {{"text", "Called them"}});
  ASSERT_EQ(note.status, 201) << note.body;
  auto note_event = listener->WaitForChange(Change("created", "note", note.json()));
  ASSERT_TRUE(note_event);
  EXPECT_TRUE((*note_event)["projectId"].is_null());
  ASSERT_EQ(
      admin()
          .Patch("/api/v1/notes/" + std::to_string(IdOf(note.json())), {{"version", 1}, {"text", "Called"}})
          .status,
      200);
  ASSERT_TRUE(listener->WaitForChange(Change("updated", "note", note.json())));
  ASSERT_EQ(admin().Delete("/api/v1/notes/" + std::to_string(IdOf(note.json()))).status, 204);
  ASSERT_TRUE(listener->WaitForChange(Change("deleted", "note", note.json())));

  auto link = admin().Post(ProjectPath(sales) + "/links", {{"url", "https://example.com/offer"}});
  ASSERT_EQ(link.status, 201) << link.body;
  auto link_event = listener->WaitForChange(Change("created", "link", link.json()));
  ASSERT_TRUE(link_event);
  EXPECT_EQ((*link_event)["projectId"], sales["id"]);
  ASSERT_EQ(admin().Delete("/api/v1/links/" + std::to_string(IdOf(link.json()))).status, 204);
  ASSERT_TRUE(listener->WaitForChange(Change("deleted", "link", link.json())));

  auto file = admin().Send("POST", PathOf(customer_) + "/files?name=offer.txt", "hello",
                           {{"Content-Type", "text/plain"}});
  ASSERT_EQ(file.status, 201) << file.body;
  ASSERT_TRUE(listener->WaitForChange(Change("created", "file", file.json())));
  ASSERT_EQ(admin().Delete("/api/v1/files/" + std::to_string(IdOf(file.json()))).status, 204);
  ASSERT_TRUE(listener->WaitForChange(Change("deleted", "file", file.json())));
}

TEST_F(EventsTest, ARefusedOrStaleChangeIsNotAnnounced) {
  auto listener = Listen("manager@acme.test");
  auto stale = admin().Post(TaskPath(task_) + "/move", {{"version", 99}, {"statusId", TaskStatus("Done")}});
  ASSERT_EQ(stale.status, 409);
  auto marker = AddTask(project_, {{"name", "Marker"}});
  ASSERT_TRUE(listener->WaitForChange(Change("created", "task", marker)));
  for (const auto& f : listener->seen())
    EXPECT_EQ(f.data.find("\"moved\""), std::string::npos) << "the rolled-back move: " << f.data;
}

TEST_F(EventsTest, NoEventsOfAnotherOrganization) {
  auto other_admin = server_.SignedIn("admin@other.test");
  auto listener = Listen("admin@other.test");
  MoveTo(task_, "In progress");
  auto theirs = other_admin.Post("/api/v1/customers", {{"name", "Other customer"}});
  ASSERT_EQ(theirs.status, 201) << theirs.body;
  auto note = other_admin.Post(PathOf(theirs.json()) + "/notes", {{"text", "Ours"}});
  ASSERT_EQ(note.status, 201) << note.body;
  ASSERT_TRUE(listener->WaitForChange(Change("created", "note", note.json())));
  for (const auto& f : listener->seen())
    EXPECT_EQ(f.data.find("\"task\""), std::string::npos) << "Acme's task move reached Other Org: " << f.data;
}

TEST_F(EventsTest, NoEventsOfProjectsTheListenerMayNotSee) {
  ConsultantsSeeOwnProjectsOnly();
  auto theirs =
      AddProject(customer_, {{"name", "Members only"}, {"state", "open"}, {"memberIds", {consultant_id_}}});
  auto their_task = AddTask(theirs, {{"name", "Visible to the consultant"}});
  auto listener = Listen("consultant@acme.test");
  MoveTo(task_, "In progress");  // the ERP project: the consultant is neither owner nor member
  auto hidden_note = admin().Post(ProjectPath(project_) + "/notes", {{"text", "Internal"}});
  ASSERT_EQ(hidden_note.status, 201);
  auto customer_note = admin().Post(PathOf(customer_) + "/notes", {{"text", "On the card"}});
  ASSERT_EQ(customer_note.status, 201);
  ASSERT_TRUE(listener->WaitForChange(Change("created", "note", customer_note.json())))
      << "notes on the customer card follow the customers area";
  MoveTo(their_task, "In progress");
  ASSERT_TRUE(listener->WaitForChange(Change("moved", "task", their_task))) << "a member sees the project";
  for (const auto& f : listener->seen()) {
    if (f.data.empty()) continue;
    EXPECT_NE(f.json()["projectId"], project_["id"]) << "an event of the hidden project: " << f.data;
  }
}

TEST_F(EventsTest, UnauthenticatedIs401) {
  EventStreamReader anonymous(server_.port(), {});
  EXPECT_EQ(anonymous.status(), 401);
  EXPECT_NE(anonymous.header("content-type").find("application/json"), std::string::npos);
  EXPECT_EQ(json::parse(anonymous.ReadAll())["error"]["code"], "unauthenticated");
  EventStreamReader bad_token(server_.port(), {{"Authorization", "Bearer nope"}});
  EXPECT_EQ(bad_token.status(), 401);
}

TEST_F(EventsTest, TheStreamEndsWhenTheServerStops) {
  auto listener = Listen("manager@acme.test");
  server_.Stop();
  EXPECT_TRUE(listener->WaitForEnd()) << "the stream is still open after Stop()";
}

/// A server of its own with a short heartbeat and room for one stream.
class EventStreamLimitsTest : public ::testing::Test {
 protected:
  static TestServer::Options Small() {
    TestServer::Options options;
    options.max_event_streams = 1;
    options.event_heartbeat = std::chrono::milliseconds(50);
    return options;
  }
  void SetUp() override {
    server_.CreateOrg("Acme Consulting");
    server_.CreateUser("admin@acme.test", "Administrator");
    cookie_ = server_.SignedIn("admin@acme.test").cookie();
  }
  std::map<std::string, std::string> Headers() const { return {{"Cookie", cookie_}}; }

  TestServer server_{Small()};
  std::string cookie_;
};

TEST_F(EventStreamLimitsTest, AQuietStreamGetsHeartbeats) {
  EventStreamReader listener(server_.port(), Headers());
  ASSERT_EQ(listener.status(), 200);
  EXPECT_TRUE(listener.WaitFor([](const auto& f) { return f.comment == "heartbeat"; }));
}

TEST_F(EventStreamLimitsTest, OneStreamTooManyIs503UntilOneCloses) {
  auto first = std::make_unique<EventStreamReader>(server_.port(), Headers());
  ASSERT_EQ(first->status(), 200);
  EventStreamReader second(server_.port(), Headers());
  EXPECT_EQ(second.status(), 503);
  EXPECT_FALSE(second.header("retry-after").empty());
  EXPECT_EQ(json::parse(second.ReadAll())["error"]["code"], "service_unavailable");
  first.reset();  // the client leaves; the server notices without waiting for a heartbeat to fail
  // The server frees the place asynchronously: try again until it has (bounded), each try a real request.
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + EventStreamReader::kWait;
  while (status != 200 && std::chrono::steady_clock::now() < deadline)
    status = EventStreamReader(server_.port(), Headers()).status();
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace clientele::testing
