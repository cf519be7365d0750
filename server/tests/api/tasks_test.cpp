#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

/// A project with a few tasks, for task and board tests.
class TasksTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    project_ = AddProject(customer_, {{"name", "ERP"}, {"state", "open"}});
    not_started_ = TaskStatus("Not started");
    in_progress_ = TaskStatus("In progress");
    done_ = TaskStatus("Done");
  }

  /// Names of the tasks of one board column, in order.
  std::vector<std::string> Column(const std::string& board_path, long long status) {
    std::vector<std::string> names;
    const auto board = admin().Get(board_path).json();
    for (const auto& c : board["columns"])
      if (c["status"]["id"] == status)
        for (const auto& t : c["tasks"]) names.push_back(t["name"]);
    return names;
  }
  std::string Board() { return PathOf(customer_) + "/board"; }
  json Move(const json& task, json body) {
    auto r = admin().Post(TaskPath(task) + "/move", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  json Reload(const json& task) { return admin().Get(TaskPath(task)).json(); }

  json project_;
  long long not_started_ = 0, in_progress_ = 0, done_ = 0;
};

TEST_F(TasksTest, ANewTaskGoesLastIntoTheDefaultColumn) {
  auto a = AddTask(project_, {{"name", "Kick-off"},
                              {"dueDate", "2026-12-01"},
                              {"estimateMinutes", 240},
                              {"assigneeId", consultant_id_}});
  auto b = AddTask(project_, {{"name", "Workshop"}});
  EXPECT_EQ(a["statusId"], not_started_);
  EXPECT_EQ(a["projectName"], "ERP");
  EXPECT_EQ(a["customerId"], IdOf(customer_));
  EXPECT_EQ(a["assigneeName"], "consultant@acme.test");
  EXPECT_EQ(a["estimateMinutes"], 240);
  EXPECT_TRUE(a["completedAt"].is_null());
  EXPECT_LT(a["rank"].get<std::string>(), b["rank"].get<std::string>());
  EXPECT_EQ(Column(Board(), not_started_), (std::vector<std::string>{"Kick-off", "Workshop"}));
  auto list = admin().Get(ProjectPath(project_) + "/tasks?limit=1").json();
  EXPECT_EQ(list["items"][0]["name"], "Kick-off");
  auto rest =
      admin().Get(ProjectPath(project_) + "/tasks?limit=1&cursor=" + list["nextCursor"].get<std::string>());
  EXPECT_EQ(rest.json()["items"][0]["name"], "Workshop");
  EXPECT_EQ(admin()
                .Get(ProjectPath(project_) + "/tasks?assignee=" + std::to_string(consultant_id_))
                .json()["items"]
                .size(),
            1u);
}

TEST_F(TasksTest, MovesWithinAndAcrossColumnsSurviveAReload) {
  auto a = AddTask(project_, {{"name", "A"}});
  auto b = AddTask(project_, {{"name", "B"}});
  auto c = AddTask(project_, {{"name", "C"}});
  Move(c, {{"version", 1}, {"statusId", not_started_}, {"beforeTaskId", IdOf(a)}});
  EXPECT_EQ(Column(Board(), not_started_), (std::vector<std::string>{"C", "A", "B"}));
  Move(Reload(c), {{"version", 2}, {"statusId", not_started_}, {"afterTaskId", IdOf(a)}});
  EXPECT_EQ(Column(Board(), not_started_), (std::vector<std::string>{"A", "C", "B"}));
  Move(a, {{"version", 1}, {"statusId", in_progress_}});
  Move(b, {{"version", 1}, {"statusId", in_progress_}, {"beforeTaskId", IdOf(a)}});
  Move(Reload(c),
       {{"version", 3}, {"statusId", in_progress_}, {"afterTaskId", IdOf(b)}, {"beforeTaskId", IdOf(a)}});
  EXPECT_EQ(Column(Board(), in_progress_), (std::vector<std::string>{"B", "C", "A"}));
  EXPECT_TRUE(Column(Board(), not_started_).empty());
  EXPECT_EQ(Column(ProjectPath(project_) + "/board", in_progress_),
            (std::vector<std::string>{"B", "C", "A"}));
  for (int i = 0; i < 30; ++i) {  // keep dropping into the same gap: ranks grow, order holds
    auto t = Reload(a);
    Move(t, {{"version", t["version"]}, {"statusId", in_progress_}, {"afterTaskId", IdOf(b)}});
    t = Reload(c);
    Move(t, {{"version", t["version"]}, {"statusId", in_progress_}, {"afterTaskId", IdOf(b)}});
  }
  EXPECT_EQ(Column(Board(), in_progress_), (std::vector<std::string>{"B", "C", "A"}));
}

TEST_F(TasksTest, ADoneStatusCompletesTheTaskAndLeavingItReopens) {
  auto t = AddTask(project_, {{"name", "Report"}});
  auto done = Move(t, {{"version", 1}, {"statusId", done_}});
  EXPECT_TRUE(done["completedAt"].is_string());
  auto back = Move(done, {{"version", 2}, {"statusId", in_progress_}});
  EXPECT_TRUE(back["completedAt"].is_null());
  auto patched = admin().Patch(TaskPath(t), {{"version", 3}, {"statusId", done_}});
  EXPECT_TRUE(patched.json()["completedAt"].is_string());
  auto created_done = AddTask(project_, {{"name", "Already done"}, {"statusId", done_}});
  EXPECT_TRUE(created_done["completedAt"].is_string());
}

TEST_F(TasksTest, ConcurrentMovesOfOneTaskLetExactlyOneWin) {
  auto t = AddTask(project_, {{"name", "Contested"}});
  auto second = server_.SignedIn("manager@acme.test");
  for (int round = 0; round < 5; ++round) {
    auto current = Reload(t);
    long statuses[2] = {0, 0};
    std::thread one([&] {
      statuses[0] =
          admin()
              .Post(TaskPath(t) + "/move", {{"version", current["version"]}, {"statusId", in_progress_}})
              .status;
    });
    std::thread two([&] {
      statuses[1] =
          second.Post(TaskPath(t) + "/move", {{"version", current["version"]}, {"statusId", done_}}).status;
    });
    one.join();
    two.join();
    std::sort(std::begin(statuses), std::end(statuses));
    EXPECT_EQ(statuses[0], 200) << "round " << round;
    EXPECT_EQ(statuses[1], 409) << "round " << round;
  }
  auto stale = admin().Post(TaskPath(t) + "/move", {{"version", 1}, {"statusId", not_started_}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["id"], IdOf(t));
}

TEST_F(TasksTest, TheBoardCountsEveryColumnAndFilters) {
  auto second = AddProject(customer_, {{"name", "CRM"}});
  for (int i = 0; i < 3; ++i) AddTask(project_, {{"name", "E" + std::to_string(i)}});
  AddTask(project_, {{"name", "Mine"}, {"assigneeId", consultant_id_}, {"statusId", in_progress_}});
  AddTask(second, {{"name", "CRM task"}});
  auto board = admin().Get(Board() + "?limit=2");
  ASSERT_EQ(board.status, 200) << board.body;
  auto columns = board.json()["columns"];
  ASSERT_EQ(columns.size(), 4u);
  EXPECT_EQ(columns[0]["status"]["name"], "Not started");
  EXPECT_EQ(columns[0]["count"], 4);
  EXPECT_EQ(columns[0]["tasks"].size(), 2u) << "the first two by rank";
  EXPECT_EQ(columns[1]["count"], 1);
  EXPECT_EQ(columns[1]["tasks"][0]["assigneeName"], "consultant@acme.test");
  EXPECT_EQ(columns[3]["count"], 0);
  auto mine = admin().Get(Board() + "?assignee=" + std::to_string(consultant_id_)).json()["columns"];
  EXPECT_EQ(mine[0]["count"], 0);
  EXPECT_EQ(mine[1]["count"], 1);
  auto crm = admin().Get(Board() + "?project=" + std::to_string(IdOf(second))).json()["columns"];
  EXPECT_EQ(crm[0]["count"], 1);
  EXPECT_EQ(crm[0]["tasks"][0]["projectName"], "CRM");
  auto project_board = admin().Get(ProjectPath(project_) + "/board").json()["columns"];
  EXPECT_EQ(project_board[0]["count"], 3);
  auto elsewhere = Create({{"name", "Other customer"}});
  EXPECT_EQ(admin().Get(PathOf(elsewhere) + "/board?project=" + std::to_string(IdOf(second))).status, 422);
  EXPECT_EQ(admin().Get(Board() + "?limit=501").status, 422);
  EXPECT_EQ(admin().Get(Board() + "?colour=red").status, 422);
}

TEST_F(TasksTest, RefusesBadTasksAndMoves) {
  auto t = AddTask(project_, {{"name", "A"}});
  auto other = AddTask(project_, {{"name", "B"}, {"statusId", in_progress_}});
  auto post = [&](const json& body) { return admin().Post(ProjectPath(project_) + "/tasks", body); };
  EXPECT_TRUE(post(json::object()).has_field_error("name"));
  auto r = post({{"name", "X"}, {"dueDate", "tomorrow"}, {"estimateMinutes", -1}, {"assigneeId", 999999}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(r.has_field_error("dueDate"));
  EXPECT_TRUE(r.has_field_error("estimateMinutes"));
  EXPECT_TRUE(r.has_field_error("assigneeId"));
  EXPECT_TRUE(post({{"name", "X"}, {"statusId", 999999}}).has_field_error("statusId"));
  EXPECT_EQ(post({{"name", "X"}, {"priority", 1}}).status, 422);
  EXPECT_EQ(post({{"name", 1}}).status, 400);
  auto move = [&](const json& body) { return admin().Post(TaskPath(t) + "/move", body); };
  EXPECT_TRUE(move({{"statusId", not_started_}}).has_field_error("version"));
  EXPECT_TRUE(move({{"version", 1}}).has_field_error("statusId"));
  EXPECT_TRUE(move({{"version", 1}, {"statusId", not_started_}, {"afterTaskId", IdOf(other)}})
                  .has_field_error("afterTaskId"))
      << "the neighbour is in another column";
  EXPECT_TRUE(move({{"version", 1}, {"statusId", not_started_}, {"beforeTaskId", IdOf(t)}})
                  .has_field_error("beforeTaskId"));
  EXPECT_TRUE(admin().Patch(TaskPath(t), {{"name", "X"}}).has_field_error("version"));
}

TEST_F(TasksTest, ChangingTasksNeedsEditOnTheProject) {
  auto t = AddTask(project_, {{"name", "A"}});
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(TaskPath(t)).status, 200);
  EXPECT_EQ(reader.Get(Board()).status, 200);
  EXPECT_EQ(reader.Post(TaskPath(t) + "/move", {{"version", 1}, {"statusId", in_progress_}}).status, 403);
  EXPECT_EQ(reader.Patch(TaskPath(t), {{"version", 1}, {"name", "X"}}).status, 403);
  EXPECT_EQ(reader.Delete(TaskPath(t)).status, 403);
  EXPECT_EQ(reader.Post(ProjectPath(project_) + "/tasks", {{"name", "X"}}).status, 403);
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Post(TaskPath(t) + "/move", {{"version", 1}, {"statusId", in_progress_}}).status, 403)
      << "not the consultant's project";
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(TaskPath(t)).status, 404);
  EXPECT_EQ(other.Post(TaskPath(t) + "/move", {{"version", 1}, {"statusId", in_progress_}}).status, 404);
  EXPECT_EQ(other.Get(Board()).status, 404);
  EXPECT_EQ(other.Get(ProjectPath(project_) + "/board").status, 404);
  EXPECT_EQ(other.Get(ProjectPath(project_) + "/tasks").status, 404);
  EXPECT_EQ(other.Delete(TaskPath(t)).status, 404);
}

}  // namespace
}  // namespace clientele::testing
