// Board columns are paged: a heavy customer's column holds thousands of tasks, so the board brings the first
// `limit` of each with the column's total count and a cursor, and /board/columns/{statusId} brings more.
#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class BoardColumnsTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    project_ = AddProject(customer_, {{"name", "ERP"}, {"state", "open"}});
    not_started_ = TaskStatus("Not started");
    in_progress_ = TaskStatus("In progress");
  }
  std::string Board() { return PathOf(customer_) + "/board"; }
  std::string ColumnPath(long long status) { return Board() + "/columns/" + std::to_string(status); }
  static json ColumnOf(const json& board, long long status) {
    for (const auto& c : board["columns"])
      if (c["status"]["id"] == status) return c;
    ADD_FAILURE() << "no column " << status;
    return json::object();
  }
  static std::vector<std::string> Names(const json& cards) {
    std::vector<std::string> names;
    for (const auto& t : cards) names.push_back(t["name"]);
    return names;
  }
  /// Every card of a column, reading the board with `limit` and then the column's pages.
  std::vector<std::string> ReadWholeColumn(const std::string& board, const std::string& column,
                                           long long status, int limit, int& pages) {
    auto first = ColumnOf(admin().Get(board + "?limit=" + std::to_string(limit)).json(), status);
    auto names = Names(first["tasks"]);
    pages = 1;
    json cursor = first["nextCursor"];
    while (cursor.is_string()) {
      auto r =
          admin().Get(column + "?limit=" + std::to_string(limit) + "&cursor=" + cursor.get<std::string>());
      EXPECT_EQ(r.status, 200) << r.body;
      if (r.status != 200) break;
      for (auto& n : Names(r.json()["items"])) names.push_back(n);
      cursor = r.json()["nextCursor"];
      ++pages;
    }
    return names;
  }

  json project_;
  long long not_started_ = 0, in_progress_ = 0;
};

TEST_F(BoardColumnsTest, TheBoardBoundsEachColumnAndItsCursorBringsTheRestInRankOrder) {
  std::vector<std::string> added;
  for (int i = 0; i < 7; ++i) {
    added.push_back("T" + std::to_string(i));
    AddTask(project_, {{"name", added.back()}});
  }
  AddTask(project_, {{"name", "Busy"}, {"statusId", in_progress_}});
  auto board = admin().Get(Board() + "?limit=3").json();
  auto column = ColumnOf(board, not_started_);
  EXPECT_EQ(column["count"], 7) << "the count is the column's total, not the page's";
  EXPECT_EQ(Names(column["tasks"]), (std::vector<std::string>{"T0", "T1", "T2"}));
  ASSERT_TRUE(column["nextCursor"].is_string());
  EXPECT_TRUE(ColumnOf(board, in_progress_)["nextCursor"].is_null()) << "one task, nothing more to fetch";
  int pages = 0;
  EXPECT_EQ(ReadWholeColumn(Board(), ColumnPath(not_started_), not_started_, 3, pages), added);
  EXPECT_EQ(pages, 3);
  auto no_more = admin().Get(Board() + "?limit=7").json();
  EXPECT_TRUE(ColumnOf(no_more, not_started_)["nextCursor"].is_null()) << "exactly the whole column";
}

TEST_F(BoardColumnsTest, AMovedTaskKeepsItsPlaceInThePagesOrder) {
  std::vector<json> tasks;
  for (int i = 0; i < 5; ++i) tasks.push_back(AddTask(project_, {{"name", "T" + std::to_string(i)}}));
  // T4 goes between T0 and T1: its rank is new, the pages follow it.
  auto moved = admin().Post(TaskPath(tasks[4]) + "/move",
                            {{"version", 1}, {"statusId", not_started_}, {"afterTaskId", IdOf(tasks[0])}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  int pages = 0;
  EXPECT_EQ(ReadWholeColumn(Board(), ColumnPath(not_started_), not_started_, 2, pages),
            (std::vector<std::string>{"T0", "T4", "T1", "T2", "T3"}));
}

TEST_F(BoardColumnsTest, ColumnPagesKeepTheBoardsFiltersAndTheProjectBoardHasThemToo) {
  auto second = AddProject(customer_, {{"name", "CRM"}, {"state", "open"}});
  for (int i = 0; i < 3; ++i) {
    AddTask(project_, {{"name", "E" + std::to_string(i)}, {"assigneeId", consultant_id_}});
    AddTask(second, {{"name", "C" + std::to_string(i)}});
  }
  const std::string only_crm = "project=" + std::to_string(IdOf(second));
  auto first = ColumnOf(admin().Get(Board() + "?limit=1&" + only_crm).json(), not_started_);
  EXPECT_EQ(first["count"], 3);
  auto rest = admin().Get(ColumnPath(not_started_) + "?limit=5&" + only_crm +
                          "&cursor=" + first["nextCursor"].get<std::string>());
  ASSERT_EQ(rest.status, 200) << rest.body;
  EXPECT_EQ(Names(rest.json()["items"]), (std::vector<std::string>{"C1", "C2"}));
  EXPECT_TRUE(rest.json()["nextCursor"].is_null());
  auto mine = admin().Get(ColumnPath(not_started_) + "?assignee=" + std::to_string(consultant_id_));
  EXPECT_EQ(Names(mine.json()["items"]), (std::vector<std::string>{"E0", "E1", "E2"}))
      << "no cursor: from the top";
  int pages = 0;
  const std::string project_board = ProjectPath(second) + "/board";
  EXPECT_EQ(ReadWholeColumn(project_board, project_board + "/columns/" + std::to_string(not_started_),
                            not_started_, 2, pages),
            (std::vector<std::string>{"C0", "C1", "C2"}));
  EXPECT_EQ(pages, 2);
  auto card = mine.json()["items"][0];
  EXPECT_EQ(card["projectName"], "ERP");
  EXPECT_EQ(card["assigneeName"], "consultant@acme.test");
  EXPECT_TRUE(card["version"].is_number());
}

TEST_F(BoardColumnsTest, RefusesWhatIsNotAColumnOrACursorOfOne) {
  AddTask(project_, {{"name", "A"}});
  auto bad_cursor = admin().Get(ColumnPath(not_started_) + "?cursor=nonsense");
  EXPECT_EQ(bad_cursor.status, 422);
  EXPECT_TRUE(bad_cursor.has_field_error("cursor"));
  EXPECT_TRUE(admin().Get(ColumnPath(not_started_) + "?limit=501").has_field_error("limit"));
  EXPECT_TRUE(admin().Get(ColumnPath(not_started_) + "?limit=0").has_field_error("limit"));
  EXPECT_EQ(admin().Get(ColumnPath(not_started_) + "?colour=red").status, 422);
  EXPECT_EQ(admin().Get(ColumnPath(999999)).status, 404) << "no such status";
  EXPECT_EQ(admin().Get(Board() + "/columns/abc").status, 404);
  auto elsewhere = Create({{"name", "Other customer"}});
  EXPECT_TRUE(admin()
                  .Get(PathOf(elsewhere) + "/board/columns/" + std::to_string(not_started_) +
                       "?project=" + std::to_string(IdOf(project_)))
                  .has_field_error("project"));
  EXPECT_EQ(admin()
                .Get(ProjectPath(project_) + "/board/columns/" + std::to_string(not_started_) + "?project=1")
                .status,
            422)
      << "a project board has no project filter";
}

TEST_F(BoardColumnsTest, ColumnsFollowTheBoardsRights) {
  AddTask(project_, {{"name", "A"}});
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(ColumnPath(not_started_)).status, 404) << "another organization's customer";
  EXPECT_EQ(other.Get(ProjectPath(project_) + "/board/columns/" + std::to_string(not_started_)).status, 404);
  auto own_status = other.Get("/api/v1/settings/task-statuses").json()["items"][0];
  EXPECT_EQ(admin().Get(ColumnPath(IdOf(own_status))).status, 404) << "another organization's status";
  auto done = server_.db().Write([&](soci::session& sql) {
    sql << "UPDATE roles SET customers_view = 'none', customers_edit = 'none' WHERE name = 'Read-only'";
    return Status(Ok());
  });
  ASSERT_TRUE(done.ok());
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(ColumnPath(not_started_)).status, 403);
  EXPECT_EQ(reader.Get(Board()).status, 403);
}

}  // namespace
}  // namespace clientele::testing
