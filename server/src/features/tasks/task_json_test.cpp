// The board is written without nlohmann's DOM; the text must stay what the DOM would give.
#include <gtest/gtest.h>

#include "features/tasks/task_json.hpp"
#include "platform/http/respond.hpp"

namespace clientele::tasks {
namespace {

Task Card(std::int64_t id, std::string name, std::optional<std::int64_t> assignee) {
  Task t;
  t.id = TaskId(id);
  t.project = ProjectId(40);
  t.project_name = "ERP \"roll-out\" – vaihe 2";
  t.values.name = std::move(name);
  t.values.status = TaskStatusId(1);
  if (assignee) {
    t.values.assignee = UserId(*assignee);
    t.assignee_name = "Åsa Ødegård";
  }
  t.rank = "i0";
  t.version = 3;
  return t;
}

Board Sample() {
  Board board;
  BoardColumn first;
  first.status.id = TaskStatusId(1);
  first.status.name = "Not started";
  first.status.position = 1;
  first.status.is_default = true;
  first.status.is_active = true;
  first.count = 14;
  first.tasks = {Card(901, "Kick-off\nworkshop\t\\ \x01 /", 5), Card(902, "Tilaus", std::nullopt)};
  first.tasks[1].values.due_date = "2026-12-01";
  first.next_cursor = "MnwxMjM";
  BoardColumn empty;
  empty.status.id = TaskStatusId(4);
  empty.status.name = "Done";
  empty.status.is_done = true;
  board.columns = {first, empty};
  return board;
}

std::string Written(const auto& value) {
  json::Writer w(16);
  WriteJson(w, value);
  return w.Take();
}

TEST(TaskJson, TheBoardIsWrittenAsTheDomWouldWriteIt) {
  const Board board = Sample();
  EXPECT_EQ(Written(board), http::Dump(nlohmann::json(board)));
  EXPECT_EQ(Written(Board{}), http::Dump(nlohmann::json(Board{})));
}

TEST(TaskJson, AColumnPageIsWrittenAsTheDomWouldWriteIt) {
  ColumnPage page;
  page.tasks = Sample().columns[0].tasks;
  EXPECT_EQ(Written(page), http::Dump(nlohmann::json(page)));
  page.next_cursor = "abc";
  EXPECT_EQ(Written(page), http::Dump(nlohmann::json(page)));
}

TEST(TaskJson, InvalidUtf8FromStorageBecomesAReplacementCharacter) {
  Board board = Sample();
  board.columns[0].tasks[0].values.name = "bad \xFF byte, cut \xC3";
  const std::string text = Written(board);
  EXPECT_NE(text.find("bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD\""), std::string::npos) << text;
  EXPECT_TRUE(nlohmann::json::accept(text)) << "still valid JSON: " << text;
}

}  // namespace
}  // namespace clientele::tasks
