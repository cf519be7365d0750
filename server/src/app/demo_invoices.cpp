#include "app/demo_invoices.hpp"

#include <chrono>

#include "features/invoicing/invoice_values.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

/// The last day of the month `back` months before this one (0: this month's last day).
std::string EndOfMonthBack(int back) {
  const std::chrono::year_month_day today{std::chrono::floor<days>(std::chrono::system_clock::now())};
  const auto month = std::chrono::year_month{today.year(), today.month()} - std::chrono::months(back);
  const sys_days last{month / std::chrono::last};
  return util::ToIso(last).substr(0, 10);
}

Result<invoicing::Invoice> InvoiceUpTo(Services& services, const auth::Principal& admin,
                                       const projects::Project& project, const std::string& until,
                                       invoicing::Grouping grouping) {
  invoicing::NewInvoice input;
  input.customer_id = project.customer.value;
  input.project_ids = {project.id.value};
  input.until = until;
  input.grouping = grouping;
  // A month's invoice is dated the day after the month; this month's draft today.
  if (until < util::TodayIso()) input.date = invoicing::AddDays(until, 1);
  return services.invoices.Create(admin, input);
}

/// Moves the invoice through the named statuses in turn.
Result<invoicing::Invoice> MoveThrough(Services& services, const auth::Principal& admin,
                                       invoicing::Invoice invoice,
                                       const std::vector<invoicing::InvoiceStatus>& statuses,
                                       std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (const auto& s : statuses) {
      if (s.name != name) continue;
      CLIENTELE_TRY(moved, services.invoices.SetStatus(admin, invoice.id, s.id, invoice.version));
      invoice = std::move(moved);
    }
  }
  return invoice;
}

}  // namespace

Status AddDemoInvoices(Services& services, const auth::Principal& admin,
                       const std::vector<projects::Project>& open_projects) {
  CLIENTELE_TRY(statuses, services.invoice_statuses.List(admin));
  if (!open_projects.empty()) {
    const auto& first = open_projects[0];
    CLIENTELE_TRY(older,
                  InvoiceUpTo(services, admin, first, EndOfMonthBack(2), invoicing::Grouping::kWorkType));
    CLIENTELE_CHECK(MoveThrough(services, admin, older, statuses, {"Approved", "Sent", "Paid"}));
    CLIENTELE_TRY(last, InvoiceUpTo(services, admin, first, EndOfMonthBack(1), invoicing::Grouping::kUser));
    CLIENTELE_CHECK(MoveThrough(services, admin, last, statuses, {"Approved", "Sent"}));
  }
  if (open_projects.size() > 1) {
    const auto& second = open_projects[1];
    CLIENTELE_TRY(invoice,
                  InvoiceUpTo(services, admin, second, EndOfMonthBack(1), invoicing::Grouping::kMonth));
    CLIENTELE_TRY(sent, MoveThrough(services, admin, invoice, statuses, {"Approved", "Sent"}));
    CLIENTELE_CHECK(services.invoices.Credit(admin, sent.id, sent.version));
  }
  if (open_projects.size() > 2) {
    const auto& third = open_projects[2];
    CLIENTELE_CHECK(InvoiceUpTo(services, admin, third, EndOfMonthBack(0), invoicing::Grouping::kWorkType));
  }
  return Ok();
}

}  // namespace clientele::app
