#include "app/datagen_invoices.hpp"

#include <chrono>

#include "app/app.hpp"
#include "app/datagen_support.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

constexpr std::size_t kEveryNthProject = 10;

Status MakeInvoiceReady(Services& services, const auth::Principal& caller) {
  CLIENTELE_TRY(current, services.organization.Get(caller));
  settings::OrganizationSettingsPatch patch;
  patch.version = current.version;
  patch.legal_name = {true, std::string("Bench Consulting Oy")};
  patch.business_id = {true, std::string("0112038-9")};
  patch.country = {true, std::string("FI")};
  patch.address = {true, settings::OrganizationAddress{{"Mannerheimintie 12 B"}, "00100", "Helsinki", "FI"}};
  patch.iban = {true, std::string("FI2112345600000785")};
  CLIENTELE_CHECK(services.organization.Update(caller, patch));
  return Ok();
}

std::optional<invoicing::InvoiceStatusId> StatusNamed(const std::vector<invoicing::InvoiceStatus>& statuses,
                                                      const char* name) {
  for (const auto& s : statuses)
    if (s.name == name) return s.id;
  return std::nullopt;
}

}  // namespace

Result<std::int64_t> GenerateInvoices(
    db::Database& db, OrgId org, UserId user,
    const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects) {
  Services services(db);
  auth::Principal caller;
  caller.org = org;
  caller.user = user;
  caller.user_name = "Generator";
  caller.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kAdministrator);
  CLIENTELE_CHECK(MakeInvoiceReady(services, caller));
  CLIENTELE_TRY(statuses, services.invoice_statuses.List(caller));
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const auto until = util::ToIso(today - std::chrono::days(90)).substr(0, 10);
  const std::int64_t total = static_cast<std::int64_t>(projects.size() / kEveryNthProject);
  datagen::Progress progress("invoices", total);
  std::int64_t made = 0;
  for (std::int64_t i = 0; i < total; ++i) {
    const auto& [project, customer_index] = projects[static_cast<std::size_t>(i) * kEveryNthProject];
    (void)customer_index;
    invoicing::NewInvoice input;
    auto facts = services.projects.Get(caller, project);
    if (!facts) continue;
    input.customer_id = facts->customer.value;
    input.project_ids = {project.value};
    input.until = until;
    input.grouping = invoicing::Grouping::kWorkType;
    auto invoice = services.invoices.Create(caller, input);
    if (!invoice) continue;  // nothing billable up to the date on this project
    ++made;
    std::vector<const char*> steps = {"Approved"};
    if (i % 3 == 0) steps.push_back("Sent");
    if (i % 9 == 0) steps.push_back("Paid");
    for (const char* step : steps) {
      const auto status = StatusNamed(statuses, step);
      if (!status) break;
      CLIENTELE_TRY(moved, services.invoices.SetStatus(caller, invoice->id, *status, invoice->version));
      invoice = std::move(moved);
    }
    progress.Update(i + 1);
  }
  progress.Done();
  return made;
}

}  // namespace clientele::app
