// The query-plan guard: runs the hot paths of the card and the lists, captures every statement they execute
// and fails when one of them scans a table without an index or sorts a whole table (DESIGN.md §8).
#include <gtest/gtest.h>

#include <regex>

#include "app/app.hpp"
#include "features/financials/fee.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/util/cursor.hpp"
#include "support/test_database.hpp"

namespace clientele::app {
namespace {

/// The statement with its values written in as literals (test data only), so EXPLAIN needs no binding.
std::string Inline(const db::QueryCapture::Captured& q) {
  std::string sql = q.sql;
  // Longest names first so that :k_name is not taken for :k.
  auto params = q.params;
  std::sort(params.begin(), params.end(), [](auto& a, auto& b) { return a.name.size() > b.name.size(); });
  for (const auto& p : params) {
    std::string literal = p.is_int ? std::to_string(p.int_value) : "'" + p.text_value + "'";
    if (!p.is_int) {
      literal = "'";
      for (char c : p.text_value) literal += c == '\'' ? std::string("''") : std::string(1, c);
      literal += "'";
    }
    const std::regex name(":" + p.name + "\\b");
    sql = std::regex_replace(sql, name, literal);
  }
  return sql;
}

std::vector<std::string> Plan(db::Database& db, const std::string& sql) {
  return db.Read([&](soci::session& session) {
    std::vector<std::string> lines;
    if (db.kind() == db::DbKind::kSqlite) {
      soci::rowset<soci::row> rows = (session.prepare << "EXPLAIN QUERY PLAN " + sql);
      for (const auto& row : rows) lines.push_back(row.get<std::string>(3));
    } else {
      // Small tables make any plan cheap; with sequential scans priced out, one that remains has no index.
      session << "SET enable_seqscan = off";
      soci::rowset<std::string> rows = (session.prepare << "EXPLAIN " + sql);
      for (const auto& line : rows) lines.push_back(line);
      session << "SET enable_seqscan = on";
    }
    return lines;
  });
}

/// Why a plan line is a problem, or "" when it is fine.
std::string Problem(db::DbKind kind, const std::string& line) {
  static const std::regex kSmallTables("\\b(roles|organizations|org_counters)\\b");
  if (kind == db::DbKind::kSqlite) {
    if (std::regex_search(line, std::regex("^SCAN \\w+( AS \\w+)?$")) &&
        !std::regex_search(line, kSmallTables)) {
      return "full table scan";
    }
    if (line.find("USE TEMP B-TREE FOR ORDER BY") != std::string::npos) return "sorts the whole result";
    return "";
  }
  if (line.find("Seq Scan") != std::string::npos && !std::regex_search(line, kSmallTables))
    return "sequential scan";
  return "";
}

class QueryPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    services_ = std::make_unique<Services>(database_.db());
    org_ = services_->users.CreateOrganization("Plan Oy").value();
    owner_ =
        services_->users
            .CreateUserInOrganization("Plan Oy", "Administrator",
                                      users::NewUser{"plan@plan.test", "Plan", RoleId(), "plan-password-1"})
            .value();
    admin_.org = org_.id;
    admin_.user = owner_.id;
    admin_.user_name = owner_.name;
    admin_.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kAdministrator);
    token_ = services_->auth.CreateTokenForEmail("plan@plan.test", "plan").value().secret;
    for (int i = 0; i < 30; ++i) {
      customers::NewCustomer c;
      c.name = "Plan Customer " + std::to_string(i);
      c.vat_number = "DE" + std::to_string(100000 + i);
      if (i % 2) c.account_owner = owner_.id.value;
      customer_ = services_->customers.Create(admin_, c).value().id;
    }
  }

  /// Runs `hot_path` with capture on and checks the plan of every statement it ran.
  template <class F>
  void ExpectIndexed(const std::string& what, F&& hot_path) {
    db::QueryCapture capture;
    hot_path();
    ASSERT_FALSE(capture.queries().empty()) << what << " ran no captured query";
    for (const auto& q : capture.queries()) {
      const std::string sql = Inline(q);
      for (const auto& line : Plan(database_.db(), sql)) {
        const std::string problem = Problem(database_.db().kind(), line);
        EXPECT_TRUE(problem.empty()) << what << ": " << problem << "\n  plan: " << line << "\n  sql: " << sql;
      }
    }
  }

  testing::TestDatabase database_;
  std::unique_ptr<Services> services_;
  users::Organization org_;
  users::User owner_;
  auth::Principal admin_;
  std::string token_;
  CustomerId customer_;
};

TEST_F(QueryPlanTest, CardHeaderAndAuthenticationUseIndexes) {
  ExpectIndexed("token auth", [&] { (void)services_->auth.AuthenticateToken(token_); });
  ExpectIndexed("card", [&] { (void)services_->customers.Card(admin_, customer_); });
  ExpectIndexed("history", [&] {
    (void)services_->customers.History(admin_, customer_, PageRequest{50, {}});
  });
}

TEST_F(QueryPlanTest, CustomerListsUseIndexesForEveryFilterAndSort) {
  using customers::CustomerQuery;
  using customers::CustomerSort;
  for (auto sort : {CustomerSort::kNameAsc, CustomerSort::kNameDesc, CustomerSort::kNumberAsc,
                    CustomerSort::kNumberDesc}) {
    CustomerQuery q;
    q.sort = sort;
    ExpectIndexed("list", [&] {
      auto first = services_->customers.List(admin_, q, PageRequest{10, {}}).value();
      (void)services_->customers.List(admin_, q, PageRequest{10, first.next_cursor});
    });
  }
  CustomerQuery owned;
  owned.owner = owner_.id;
  ExpectIndexed("owner filter", [&] { (void)services_->customers.List(admin_, owned, PageRequest{10, {}}); });
  CustomerQuery search;
  search.q = "customer 1";
  ExpectIndexed("substring search", [&] {
    (void)services_->customers.List(admin_, search, PageRequest{10, {}});
  });
  CustomerQuery prefix;
  prefix.q = "pl";
  ExpectIndexed("prefix search", [&] {
    (void)services_->customers.List(admin_, prefix, PageRequest{10, {}});
  });
}

TEST_F(QueryPlanTest, ProjectListsTheCustomerTabAndBoardsUseIndexes) {
  projects::ProjectId project;
  for (int i = 0; i < 12; ++i) {
    projects::NewProject p;
    p.name = "Plan project " + std::to_string(i);
    p.customer_id = customer_.value;
    if (i % 3 == 0) p.state = "open";
    p.expected_value = {true, projects::Money{1000 * i, i % 2 ? "EUR" : "NOK"}};
    project = services_->projects.Create(admin_, p).value().id;
    for (int t = 0; t < 3; ++t) {
      tasks::NewTask task;
      task.name = "Task " + std::to_string(t);
      (void)services_->tasks.Create(admin_, project, task).value();
    }
  }
  using projects::ProjectQuery;
  using projects::StateFilter;
  for (auto state : {StateFilter::kAll, StateFilter::kSales, StateFilter::kOpen, StateFilter::kClosed}) {
    ProjectQuery q;
    q.state = state;
    ExpectIndexed("project list", [&] {
      auto first = services_->projects.List(admin_, q, PageRequest{3, {}}).value();
      (void)services_->projects.List(admin_, q, PageRequest{3, first.next_cursor});
    });
  }
  ProjectQuery owned;
  owned.owner = owner_.id;
  ExpectIndexed("project owner filter", [&] {
    (void)services_->projects.List(admin_, owned, PageRequest{10, {}});
  });
  for (const char* term : {"project 1", "pl", "p", "7", "12345"}) {
    ProjectQuery search;
    search.q = term;
    ExpectIndexed(std::string("project search ") + term, [&] {
      auto first = services_->projects.List(admin_, search, PageRequest{3, {}}).value();
      (void)services_->projects.List(admin_, search, PageRequest{3, first.next_cursor});
    });
  }
  ExpectIndexed("customer tab",
                [&] { (void)services_->projects.ForCustomer(admin_, customer_, 100).value(); });
  ExpectIndexed("project card", [&] { (void)services_->projects.Get(admin_, project).value(); });
  ExpectIndexed("status history", [&] {
    (void)services_->projects.History(admin_, project, PageRequest{50, {}}).value();
  });
  ExpectIndexed("customer board", [&] {
    (void)services_->tasks.CustomerBoard(admin_, customer_, tasks::TaskQuery{}, 100).value();
  });
  ExpectIndexed("project board", [&] {
    (void)services_->tasks.ProjectBoard(admin_, project, tasks::TaskQuery{}, 100).value();
  });
  ExpectIndexed("customer board column pages", [&] {
    auto board = services_->tasks.CustomerBoard(admin_, customer_, tasks::TaskQuery{}, 2).value();
    const auto& column = board.columns.front();
    ASSERT_TRUE(column.next_cursor.has_value());
    (void)services_->tasks
        .CustomerColumn(admin_, customer_, column.status.id, tasks::TaskQuery{},
                        PageRequest{2, column.next_cursor})
        .value();
  });
  const auto project_column =
      services_->tasks.ProjectBoard(admin_, project, tasks::TaskQuery{}, 2).value().columns.front();
  ASSERT_TRUE(project_column.next_cursor.has_value());
  ExpectIndexed("project board column pages", [&] {
    (void)services_->tasks
        .ProjectColumn(admin_, project, project_column.status.id, tasks::TaskQuery{},
                       PageRequest{2, project_column.next_cursor})
        .value();
  });
  ExpectIndexed("task list", [&] {
    (void)services_->tasks.List(admin_, project, tasks::TaskQuery{}, PageRequest{50, {}}).value();
  });
}

/// A project of the fixture's customer, written with SQL until the projects feature is on this branch.
notes::ProjectId InsertProject(db::Database& db, OrgId org, CustomerId customer, UserId by) {
  long long id = 0, o = org.value, c = customer.value, b = by.value;
  (void)db.Write([&](soci::session& sql) {
    sql << "INSERT INTO projects (org_id, number, name, search_text, customer_id, sales_status_id, state, "
           "probability, created_at, created_by, updated_at, updated_by) VALUES (:org, 1, 'Plan', 'plan 1', "
           ":customer, (SELECT MIN(id) FROM sales_statuses WHERE org_id = :org2), 'open', 100, "
           "'2026-01-01T00:00:00Z', :by, '2026-01-01T00:00:00Z', :by2) RETURNING id",
        soci::use(o, "org"), soci::use(c, "customer"), soci::use(o, "org2"), soci::use(b, "by"),
        soci::use(b, "by2"), soci::into(id);
    return Status(Ok());
  });
  return notes::ProjectId(id);
}

TEST_F(QueryPlanTest, NotesListsUseIndexes) {
  const auto project = InsertProject(database_.db(), org_.id, customer_, owner_.id);
  for (int i = 0; i < 6; ++i) {
    ASSERT_TRUE(services_->notes.CreateForCustomer(admin_, customer_, {"Customer note", std::nullopt}).ok());
    ASSERT_TRUE(services_->notes.CreateForProject(admin_, project, {"Project note", std::nullopt}).ok());
  }
  ExpectIndexed("customer notes", [&] {
    auto first = services_->notes.ListForCustomer(admin_, customer_, PageRequest{5, {}}).value();
    (void)services_->notes.ListForCustomer(admin_, customer_, PageRequest{5, first.next_cursor});
  });
  ExpectIndexed("project notes", [&] {
    auto first = services_->notes.ListForProject(admin_, project, PageRequest{5, {}}).value();
    (void)services_->notes.ListForProject(admin_, project, PageRequest{5, first.next_cursor});
  });
}

TEST_F(QueryPlanTest, FilesAndLinksListsUseIndexes) {
  const auto project = InsertProject(database_.db(), org_.id, customer_, owner_.id);
  for (int i = 0; i < 6; ++i) {
    files::NewLink link;
    link.url = "https://example.com/" + std::to_string(i);
    ASSERT_TRUE(services_->links.CreateForCustomer(admin_, customer_, link).ok());
    ASSERT_TRUE(services_->links.CreateForProject(admin_, project, link).ok());
  }
  ExpectIndexed("customer links", [&] {
    auto first = services_->links.ListForCustomer(admin_, customer_, PageRequest{5, {}}).value();
    (void)services_->links.ListForCustomer(admin_, customer_, PageRequest{5, first.next_cursor});
  });
  ExpectIndexed("project links", [&] {
    auto first = services_->links.ListForProject(admin_, project, PageRequest{5, {}}).value();
    (void)services_->links.ListForProject(admin_, project, PageRequest{5, first.next_cursor});
  });
  // Without uploads here (they would write to the data directory): the plans do not depend on the rows.
  ExpectIndexed("customer files", [&] {
    (void)services_->files.ListForCustomer(admin_, customer_, PageRequest{5, util::EncodeCursor({"100"})});
  });
  ExpectIndexed("project files", [&] {
    (void)services_->files.ListForProject(admin_, project, PageRequest{5, util::EncodeCursor({"100"})});
  });
}

TEST_F(QueryPlanTest, ActivityListsAndTheCalendarFeedUseIndexes) {
  const auto project = InsertProject(database_.db(), org_.id, customer_, owner_.id);
  std::int64_t todo_type = 0, meeting_type = 0;
  const auto types = services_->activity_types.List(admin_).value();
  for (const auto& t : types) (t.kind == activities::Kind::kTodo ? todo_type : meeting_type) = t.id.value;
  using activities::ParticipantRef;
  activities::ActivityId any;
  for (int i = 0; i < 6; ++i) {
    activities::NewActivity todo;
    todo.type_id = todo_type;
    todo.name = "To-do " + std::to_string(i);
    todo.due_at = {true, "2030-01-0" + std::to_string(i + 1) + "T10:00:00Z"};
    todo.is_done = i % 2 == 0;
    auto created = services_->activities.CreateForCustomer(admin_, customer_, todo);
    ASSERT_TRUE(created.ok());
    any = created->id;
    activities::NewActivity meeting;
    meeting.type_id = meeting_type;
    meeting.name = "Meeting " + std::to_string(i);
    meeting.start_at = {true, "2030-02-0" + std::to_string(i + 1) + "T10:00:00Z"};
    meeting.end_at = {true, "2030-02-0" + std::to_string(i + 1) + "T11:00:00Z"};
    meeting.participants = std::vector<ParticipantRef>{{ParticipantRef::Type::kUser, owner_.id.value}};
    ASSERT_TRUE(services_->activities.CreateForProject(admin_, project, meeting).ok());
  }
  for (auto state : {activities::ListState::kPlanned, activities::ListState::kDone}) {
    ExpectIndexed("customer activities", [&] {
      auto first =
          services_->activities.ListForCustomer(admin_, customer_, state, PageRequest{2, {}}).value();
      (void)services_->activities.ListForCustomer(admin_, customer_, state,
                                                  PageRequest{2, first.next_cursor});
    });
    ExpectIndexed("project activities", [&] {
      auto first = services_->activities.ListForProject(admin_, project, state, PageRequest{2, {}}).value();
      (void)services_->activities.ListForProject(admin_, project, state, PageRequest{2, first.next_cursor});
    });
  }
  ExpectIndexed("one activity", [&] { (void)services_->activities.Get(admin_, any); });
  const auto secret = *services_->calendar.Create(admin_).value().secret;
  ExpectIndexed("calendar feed", [&] { ASSERT_TRUE(services_->calendar.Render(secret).ok()); });
}

}  // namespace
}  // namespace clientele::app

namespace clientele::app {
namespace {

TEST(QueryPlanGuard, FlagsTableScansAndWholeResultSortsOnly) {
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "SCAN customers"), "full table scan");
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "SCAN c"), "full table scan");
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "USE TEMP B-TREE FOR ORDER BY"), "sorts the whole result");
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "SEARCH c USING INDEX customers_by_name (org_id=? AND sort_name>?)"),
            "");
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "SCAN c USING INDEX customers_by_name"), "");
  EXPECT_EQ(Problem(db::DbKind::kSqlite, "SCAN roles"), "");
  EXPECT_EQ(
      Problem(db::DbKind::kPostgres, "  ->  Seq Scan on customers c  (cost=10000000000.00..1.10 rows=1)"),
      "sequential scan");
  EXPECT_EQ(Problem(db::DbKind::kPostgres, "  ->  Index Scan using customers_pkey on customers c"), "");
}

TEST_F(QueryPlanTest, FeesForecastsAndTheProjectFinancialsUseTheProjectDateIndexes) {
  projects::NewProject p;
  p.name = "Money project";
  p.customer_id = customer_.value;
  p.state = "open";
  const auto project = services_->projects.Create(admin_, p).value().id;
  const financials::ProjectId id(project.value);
  for (int i = 0; i < 5; ++i) {
    financials::FeeInput fee;
    fee.kind = {true, i % 2 ? "cost" : "fee"};
    fee.date = {true, "2026-1" + std::to_string(i % 3) + "-0" + std::to_string(i + 1)};
    fee.description = {true, "Row"};
    fee.quantity = {true, "1.5"};
    fee.unit = {true, "pcs"};
    fee.unit_price = {true, financials::Money{1000, "EUR"}};
    (void)services_->fees.Create(admin_, id, fee).value();
  }
  ExpectIndexed("fees list", [&] {
    auto first = services_->fees.List(admin_, id, {}, PageRequest{2, {}}).value();
    (void)services_->fees.List(admin_, id, {}, PageRequest{2, first.page.next_cursor}).value();
  });
  financials::FeeQuery filtered;
  filtered.kind = financials::FeeKind::kCost;
  filtered.from = "2026-10-01";
  filtered.to = "2026-12-31";
  ExpectIndexed("filtered fees list", [&] { (void)services_->fees.List(admin_, id, filtered, {}).value(); });
  ExpectIndexed("forecast",
                [&] { (void)services_->forecasts.Get(admin_, id, std::nullopt, std::nullopt).value(); });
  ExpectIndexed("project financials",
                [&] { (void)services_->financials.ForProject(admin_, id, "2026-01", "2026-12").value(); });
}

}  // namespace
}  // namespace clientele::app
