#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "features/invoicing/invoice.hpp"

namespace clientele::invoicing {

/// Who may see which invoices in a list: every one, or those of customers the user owns and projects the
/// user owns, sells or works on.
enum class InvoiceScope { kAll, kOwn };

/// The invoices, invoice_rows and invoice_projects tables. Every statement filters by organization.
/// `status` of what it returns carries only the id; the service fills in the rest.
class InvoiceRepository {
 public:
  InvoiceId Insert(soci::session& sql, OrgId org, CustomerId customer, InvoiceStatusId status,
                   const std::string& currency, const InvoiceHeader& header,
                   std::optional<InvoiceId> credited, UserId by, const std::string& now);
  void AddProjects(soci::session& sql, OrgId org, InvoiceId invoice,
                   const std::vector<std::int64_t>& projects);
  InvoiceRowId InsertRow(soci::session& sql, OrgId org, InvoiceId invoice, const InvoiceRow& row);
  bool UpdateRow(soci::session& sql, OrgId org, const InvoiceRow& row);
  void DeleteRow(soci::session& sql, OrgId org, InvoiceRowId row);
  /// The invoice a row belongs to.
  std::optional<InvoiceId> InvoiceOfRow(soci::session& sql, OrgId org, InvoiceRowId row);

  /// Header, projects and rows (with how many hours and fees each bills).
  std::optional<Invoice> Find(soci::session& sql, OrgId org, InvoiceId id);
  /// Takes the invoice's row lock and bumps its version when `version` matches (or is not given): the
  /// start of every change, so two changes of one invoice run one after the other. False: no such invoice
  /// or another version.
  bool Touch(soci::session& sql, OrgId org, InvoiceId id, std::optional<std::int64_t> version, UserId by,
             const std::string& now);
  void UpdateHeader(soci::session& sql, OrgId org, InvoiceId id, const InvoiceHeader& header);
  void SetTotals(soci::session& sql, OrgId org, InvoiceId id, const VatSummary& totals);
  void SetStatus(soci::session& sql, OrgId org, InvoiceId id, InvoiceStatusId status);
  void SetNumber(soci::session& sql, OrgId org, InvoiceId id, std::int64_t number,
                 const std::string& reference);
  void Delete(soci::session& sql, OrgId org, InvoiceId id);

  /// The organization's next invoice number, taken: the counter's row lock makes concurrent assignments
  /// wait for each other, and a rollback gives the number back, so numbers have no gaps.
  std::int64_t TakeNumber(soci::session& sql, OrgId org);

  /// Invoices newest first (date, then id) after the cursor position (date, id).
  std::vector<InvoiceSummary> List(soci::session& sql, OrgId org, const InvoiceQuery& query,
                                   InvoiceScope scope, UserId caller, int limit,
                                   const std::optional<std::pair<std::string, std::int64_t>>& after);
  /// Whether `user` owns the invoice's customer or owns, sells or works on one of its projects.
  bool IsOwn(soci::session& sql, OrgId org, InvoiceId id, UserId user);
  /// How many invoices a customer has (a customer with invoices cannot be deleted).
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
  /// How many invoices are in a status (for the statuses list's usage probe).
  std::int64_t CountInStatus(soci::session& sql, OrgId org, InvoiceStatusId status);
};

}  // namespace clientele::invoicing
