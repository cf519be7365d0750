#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/invoicing/invoice.hpp"
#include "features/invoicing/invoice_grouping.hpp"

namespace clientele::invoicing {

/// What an invoice bills: a chosen hour entry's or fee's facts, before it is locked.
struct ChosenRow {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  bool billable = false;
  bool invoiced = false;
};

/// Invoicing's side of hour_entries and project_fees: finding the uninvoiced billable rows, locking them to
/// an invoice (invoice_id, then invoice_row_id once their row exists) and releasing them. Every statement
/// filters by organization; only rows with no invoice are ever locked, so a row is never billed twice.
class InvoiceSourceRepository {
 public:
  /// Uninvoiced billable hours of the projects dated up to `until` (oldest first, at most `limit`).
  std::vector<HourSource> UninvoicedHours(soci::session& sql, OrgId org,
                                          const std::vector<std::int64_t>& projects, const std::string& until,
                                          int limit);
  std::vector<FeeSource> UninvoicedFees(soci::session& sql, OrgId org,
                                        const std::vector<std::int64_t>& projects, const std::string& until,
                                        int limit);

  std::vector<ChosenRow> ChosenHours(soci::session& sql, OrgId org, const std::vector<std::int64_t>& ids);
  std::vector<ChosenRow> ChosenFees(soci::session& sql, OrgId org, const std::vector<std::int64_t>& ids);

  /// Locks every uninvoiced billable row of the projects dated up to `until` to the invoice; the count.
  std::int64_t LockHoursUntil(soci::session& sql, OrgId org, InvoiceId invoice,
                              const std::vector<std::int64_t>& projects, const std::string& until);
  std::int64_t LockFeesUntil(soci::session& sql, OrgId org, InvoiceId invoice,
                             const std::vector<std::int64_t>& projects, const std::string& until);
  /// Locks the chosen rows that are still uninvoiced; the count (fewer than asked: someone was faster).
  std::int64_t LockHours(soci::session& sql, OrgId org, InvoiceId invoice,
                         const std::vector<std::int64_t>& ids);
  std::int64_t LockFees(soci::session& sql, OrgId org, InvoiceId invoice,
                        const std::vector<std::int64_t>& ids);

  /// The rows locked to the invoice and not yet on one of its rows.
  std::vector<HourSource> LockedHours(soci::session& sql, OrgId org, InvoiceId invoice);
  std::vector<FeeSource> LockedFees(soci::session& sql, OrgId org, InvoiceId invoice);
  void LinkHours(soci::session& sql, OrgId org, InvoiceRowId row, const std::vector<std::int64_t>& ids);
  void LinkFees(soci::session& sql, OrgId org, InvoiceRowId row, const std::vector<std::int64_t>& ids);

  /// Makes the rows billed by an invoice row, or by a whole invoice, uninvoiced again.
  void ReleaseRow(soci::session& sql, OrgId org, InvoiceRowId row);
  void ReleaseInvoice(soci::session& sql, OrgId org, InvoiceId invoice);
};

}  // namespace clientele::invoicing
