// Micro-benchmarks of the card header's hot path: token authentication, the customer read, its JSON encoding.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "app/app.hpp"
#include "features/customers/customer_json.hpp"
#include "features/tasks/task_json.hpp"
#include "features/users/user_json.hpp"
#include "platform/db/migrator.hpp"
#include "platform/http/respond.hpp"

namespace clientele {
namespace {

/// A migrated SQLite database with one organization, one administrator, one customer and an API token.
struct Fixture {
  Fixture() {
    dir = std::filesystem::temp_directory_path() / ("clientele-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    db = db::Database::Open(db::ParseDbUrl("sqlite:" + (dir / "bench.db").string()).value(), 2);
    db::Migrate(*db);
    services = std::make_unique<app::Services>(*db);
    (void)services->users.CreateOrganization("Bench Oy");
    (void)services->users.CreateUserInOrganization(
        "Bench Oy", "Administrator", users::NewUser{"bench@bench.test", "Bench", RoleId(), "bench-password"});
    token = services->auth.CreateTokenForEmail("bench@bench.test", "bench").value().secret;
    principal = services->auth.AuthenticateToken(token).value();
    customers::NewCustomer input;
    input.name = "Oy Nokia Ab";
    input.country = "FI";
    input.vat_number = "FI01120389";
    input.website = "www.nokia.com";
    customer = services->customers.Create(principal, input).value().id;
    for (int i = 0; i < 60; ++i) {
      customers::NewCustomer more;
      more.name = "Customer " + std::to_string(i);
      (void)services->customers.Create(principal, more);
    }
  }
  ~Fixture() {
    services.reset();
    db.reset();
    std::filesystem::remove_all(dir);
  }
  std::filesystem::path dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<app::Services> services;
  std::string token;
  auth::Principal principal;
  CustomerId customer;
};

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

void BM_AuthenticateToken(benchmark::State& state) {
  auto& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(f.services->auth.AuthenticateToken(f.token));
}
BENCHMARK(BM_AuthenticateToken);

void BM_GetCustomer(benchmark::State& state) {
  auto& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(f.services->customers.Get(f.principal, f.customer));
}
BENCHMARK(BM_GetCustomer);

void BM_CustomerJson(benchmark::State& state) {
  auto& f = Shared();
  auto customer = f.services->customers.Get(f.principal, f.customer).value();
  for (auto _ : state) benchmark::DoNotOptimize(http::Dump(nlohmann::json(customer)));
}
BENCHMARK(BM_CustomerJson);

void BM_ListCustomersPage(benchmark::State& state) {
  auto& f = Shared();
  customers::CustomerQuery query;
  PageRequest page{50, std::nullopt};
  for (auto _ : state) benchmark::DoNotOptimize(f.services->customers.List(f.principal, query, page));
}
BENCHMARK(BM_ListCustomersPage);

void BM_ListCustomersPageJson(benchmark::State& state) {
  auto& f = Shared();
  customers::CustomerQuery query;
  auto page = f.services->customers.List(f.principal, query, PageRequest{50, std::nullopt}).value();
  for (auto _ : state) benchmark::DoNotOptimize(http::Dump(nlohmann::json(page)));
}
BENCHMARK(BM_ListCustomersPageJson);

/// A key account's board: four columns of a hundred cards, as GET /customers/{id}/board answers by default.
tasks::Board HeavyBoard() {
  tasks::Board board;
  for (int c = 1; c <= 4; ++c) {
    tasks::BoardColumn column;
    column.status.id = statuses::TaskStatusId(c);
    column.status.name = "Status " + std::to_string(c);
    column.count = 1500;
    column.next_cursor = "bmV4dHwxMjM";
    for (int i = 0; i < 100; ++i) {
      tasks::Task t;
      t.id = tasks::TaskId(c * 1000 + i);
      t.project = tasks::ProjectId(40 + i % 7);
      t.project_name = "ERP roll-out " + std::to_string(40 + i % 7);
      t.values.name = "Review invoice plan";
      t.values.status = column.status.id;
      if (i % 4) {
        t.values.assignee = UserId(5);
        t.assignee_name = "Consultant 5";
      }
      if (i % 2) t.values.due_date = "2027-03-14";
      t.rank = "i" + std::to_string(i);
      t.version = 1;
      column.tasks.push_back(std::move(t));
    }
    board.columns.push_back(std::move(column));
  }
  return board;
}

void BM_BoardJsonDom(benchmark::State& state) {
  const auto board = HeavyBoard();
  for (auto _ : state) benchmark::DoNotOptimize(http::Dump(nlohmann::json(board)));
}
BENCHMARK(BM_BoardJsonDom);

void BM_BoardJsonWriter(benchmark::State& state) {
  const auto board = HeavyBoard();
  for (auto _ : state) {
    json::Writer writer;
    tasks::WriteJson(writer, board);
    benchmark::DoNotOptimize(writer.Take());
  }
}
BENCHMARK(BM_BoardJsonWriter);

void BM_SelectOne(benchmark::State& state) {
  auto& f = Shared();
  for (auto _ : state) {
    int one = 0;
    f.db->Read([&](soci::session& sql) {
      sql << "SELECT 1", soci::into(one);
      return one;
    });
    benchmark::DoNotOptimize(one);
  }
}
BENCHMARK(BM_SelectOne);

}  // namespace
}  // namespace clientele
