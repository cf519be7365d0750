#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/audit/audit_repository.hpp"
#include "features/financials/project_access.hpp"
#include "features/invoicing/invoice.hpp"
#include "features/invoicing/invoice_port.hpp"
#include "features/invoicing/invoice_repository.hpp"
#include "features/invoicing/invoice_source_repository.hpp"
#include "features/invoicing/invoice_status_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

/// A project's uninvoiced billable hours and fees up to a date (the "create invoice" dialog).
struct Uninvoiced {
  std::int64_t project_id = 0;
  std::string currency;
  std::string until;
  std::vector<HourSource> hours;
  std::vector<FeeSource> fees;
  /// False when there were more rows than one invoice can hold (the lists stop there).
  bool complete = true;
};

/// Invoices: made from projects' uninvoiced hours and fees (or by hand), edited while their status allows,
/// moved through the organization's statuses (the first numbered status gives the number, gap-free),
/// credited in full. Viewing needs financials view ("own": the customer's account owner, or the owner,
/// sales person or a member of a billed project); changing needs financials edit.
class InvoiceService {
 public:
  InvoiceService(db::Database& db, InvoiceStatusService& statuses, const financials::ProjectPort& projects,
                 const InvoicingPort& port)
      : db_(db), statuses_(statuses), projects_(projects), port_(port) {}

  Result<Page<InvoiceSummary>> List(const auth::Principal& caller, const InvoiceQuery& query,
                                    const PageRequest& page);
  Result<Invoice> Get(const auth::Principal& caller, InvoiceId id);
  /// The invoice's history (created, header changes, rows, status moves), newest first.
  Result<Page<audit::AuditEntry>> History(const auth::Principal& caller, InvoiceId id,
                                          const PageRequest& page);
  Result<Uninvoiced> ForProject(const auth::Principal& caller, std::int64_t project,
                                const std::string& until);

  Result<Invoice> Create(const auth::Principal& caller, const NewInvoice& input);
  Result<Invoice> Update(const auth::Principal& caller, InvoiceId id, const InvoicePatch& patch);
  Status Delete(const auth::Principal& caller, InvoiceId id);
  Result<Invoice> AddRow(const auth::Principal& caller, InvoiceId id, const RowInput& input);
  Result<Invoice> UpdateRow(const auth::Principal& caller, InvoiceRowId id, const RowInput& input);
  Result<Invoice> DeleteRow(const auth::Principal& caller, InvoiceRowId id);
  Result<Invoice> SetStatus(const auth::Principal& caller, InvoiceId id, InvoiceStatusId status,
                            std::optional<std::int64_t> version);
  /// The credit note (201): negative copies of the invoice's rows, its own number; the invoice becomes
  /// credited and what it billed uninvoiced.
  Result<Invoice> Credit(const auth::Principal& caller, InvoiceId id, std::optional<std::int64_t> version);

  /// "N invoices" when the customer has invoices (the customers' attachment probe).
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);
  /// "N invoices" when a status is in use (the statuses' usage probe).
  std::optional<std::string> UsingStatus(soci::session& sql, OrgId org, InvoiceStatusId status);

 private:
  enum class Need { kView, kEdit };
  /// The invoice with its full status, when the caller may see (or change) it; 404 / 403 otherwise.
  Result<Invoice> Load(soci::session& sql, const auth::Principal& caller, InvoiceId id, Need need);
  /// Load for a change: takes the invoice's lock first (and checks `version` when given: 409).
  Result<Invoice> LoadForChange(soci::session& sql, const auth::Principal& caller, InvoiceId id,
                                std::optional<std::int64_t> version, const std::string& now);
  Status CheckEditable(const Invoice& invoice) const;
  /// The caller's financials right over a customer's invoices that name no project.
  Status CheckCustomerRight(const auth::Principal& caller, const CustomerFacts& customer, Need need) const;
  /// Recomputes and stores the totals from the rows.
  Status StoreTotals(soci::session& sql, OrgId org, InvoiceId id);
  Result<std::vector<settings::VatRate>> UsableRates(soci::session& sql, OrgId org);
  Result<InvoiceRow> RowFrom(const RowInput& input, const std::vector<settings::VatRate>& rates,
                             const std::string& currency, const InvoiceRow* current);
  /// Gives the invoice its number and reference when it has none.
  Status AssignNumber(soci::session& sql, OrgId org, Invoice& invoice);
  void Audit(soci::session& sql, const auth::Principal& caller, InvoiceId id, const std::string& field,
             const std::string& before, const std::string& after, const std::string& now);

  // Creation steps (invoice_create.cpp).
  Result<std::vector<financials::ProjectFacts>> CheckProjects(soci::session& sql,
                                                              const auth::Principal& caller,
                                                              CustomerId customer,
                                                              const std::vector<std::int64_t>& ids);
  Status LockChosen(soci::session& sql, OrgId org, InvoiceId invoice, const NewInvoice& input,
                    const std::vector<std::int64_t>& projects);
  Status WriteSourceRows(soci::session& sql, OrgId org, InvoiceId invoice, Grouping grouping,
                         const std::vector<settings::VatRate>& rates);

  db::Database& db_;
  InvoiceStatusService& statuses_;
  financials::ProjectAccess projects_;
  const InvoicingPort& port_;
  InvoiceRepository repo_;
  InvoiceSourceRepository sources_;
  audit::AuditRepository audit_;
};

}  // namespace clientele::invoicing
