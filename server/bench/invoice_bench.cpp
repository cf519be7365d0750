// The time to make an invoice from 2,000 uninvoiced hour entries (issue: invoicing): lock them, group them,
// write the rows and totals in one transaction. Each iteration deletes the draft again, which releases the
// entries for the next one.
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>

#include "app/app.hpp"
#include "platform/db/migrator.hpp"
#include "platform/util/clock.hpp"

namespace clientele {
namespace {

constexpr int kEntries = 2'000;

/// An invoice-ready organization with one customer, one project and kEntries billable hour entries (one
/// hour each, eight a day, over 250 days).
struct InvoiceFixture {
  InvoiceFixture() {
    dir = std::filesystem::temp_directory_path() / ("clientele-invoice-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    db = db::Database::Open(db::ParseDbUrl("sqlite:" + (dir / "bench.db").string()).value(), 2);
    db::Migrate(*db);
    services = std::make_unique<app::Services>(*db);
    (void)services->users.CreateOrganization("Bench Oy");
    (void)services->users.CreateUserInOrganization(
        "Bench Oy", "Administrator", users::NewUser{"bench@bench.test", "Bench", RoleId(), "bench-password"});
    const auto token = services->auth.CreateTokenForEmail("bench@bench.test", "bench").value().secret;
    admin = services->auth.AuthenticateToken(token).value();
    MakeInvoiceReady();
    customers::NewCustomer customer_input;
    customer_input.name = "Oy Nokia Ab";
    customer = services->customers.Create(admin, customer_input).value().id;
    projects::NewProject project_input;
    project_input.name = "ERP roll-out";
    project_input.customer_id = customer.value;
    project_input.state = "open";
    project = services->projects.Create(admin, project_input).value().id.value;
    AddHours();
  }
  ~InvoiceFixture() {
    services.reset();
    db.reset();
    std::filesystem::remove_all(dir);
  }

  void MakeInvoiceReady() {
    auto current = services->organization.Get(admin).value();
    settings::OrganizationSettingsPatch patch;
    patch.version = current.version;
    patch.legal_name = {true, std::string("Bench Oy")};
    patch.business_id = {true, std::string("0112038-9")};
    patch.country = {true, std::string("FI")};
    patch.address = {true,
                     settings::OrganizationAddress{{"Mannerheimintie 12 B"}, "00100", "Helsinki", "FI"}};
    patch.iban = {true, std::string("FI2112345600000785")};
    (void)services->organization.Update(admin, patch).value();
  }

  void AddHours() {
    const auto types = services->work_types.List(admin).value();
    std::int64_t consulting = 0;
    for (const auto& t : types) {
      if (t.name != "Consulting") continue;
      consulting = t.id.value;
      hours::WorkTypePatch patch;
      patch.version = t.version;
      patch.hourly_price = {true, hours::Money{12'000, t.hourly_price.currency}};
      (void)services->work_types.Update(admin, t.id, patch).value();
    }
    const std::chrono::sys_days first{std::chrono::year{2026} / 1 / 1};
    for (int i = 0; i < kEntries; ++i) {
      hours::NewHourEntry entry;
      entry.project_id = project;
      entry.work_type_id = consulting;
      entry.date = util::ToIso(first + std::chrono::days(i / 8)).substr(0, 10);
      entry.minutes = 60;
      entry.description = "Configuration";
      (void)services->hours.Create(admin, entry).value();
    }
  }

  std::filesystem::path dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<app::Services> services;
  auth::Principal admin;
  CustomerId customer;
  std::int64_t project = 0;
};

InvoiceFixture& SharedInvoiceFixture() {
  static InvoiceFixture fixture;
  return fixture;
}

/// state.range(0): the grouping (0: per work type, one row; 1: one row per entry, 2,000 rows).
void BM_InvoiceFrom2000HourEntries(benchmark::State& state) {
  auto& f = SharedInvoiceFixture();
  invoicing::NewInvoice input;
  input.customer_id = f.customer.value;
  input.project_ids = {f.project};
  input.until = "2026-12-31";
  input.grouping = state.range(0) == 0 ? invoicing::Grouping::kWorkType : invoicing::Grouping::kEntry;
  for (auto _ : state) {
    auto invoice = f.services->invoices.Create(f.admin, input);
    if (!invoice || invoice->rows.empty()) {
      state.SkipWithError("the invoice was not created");
      break;
    }
    state.PauseTiming();
    (void)f.services->invoices.Delete(f.admin, invoice->id);
    state.ResumeTiming();
  }
  state.SetLabel(state.range(0) == 0 ? "grouped per work type" : "one row per entry");
}
BENCHMARK(BM_InvoiceFrom2000HourEntries)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace clientele
