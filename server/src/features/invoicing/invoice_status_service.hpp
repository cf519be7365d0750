#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "features/audit/audit_repository.hpp"
#include "features/invoicing/invoice_status.hpp"
#include "features/invoicing/invoice_status_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

/// The organization's invoice statuses (Settings → Invoice statuses). Reading needs financials view or the
/// settings right; changing needs the settings right. Exactly one status is the default: active, not
/// read-only and first in the order (new invoices start in it); making another the default clears the old
/// one and moves the new one to the top, in one transaction. A status that invoices use cannot be deleted,
/// only disabled.
class InvoiceStatusService {
 public:
  /// What uses a status ("3 invoices"); nullopt when nothing does. Invoicing plugs in here.
  using UsageProbe = std::function<std::optional<std::string>(soci::session&, OrgId, InvoiceStatusId)>;

  explicit InvoiceStatusService(db::Database& db) : db_(db) {}

  void AddUsageProbe(UsageProbe probe) { probes_.push_back(std::move(probe)); }

  Result<std::vector<InvoiceStatus>> List(const auth::Principal& caller);
  Result<InvoiceStatus> Create(const auth::Principal& caller, const NewInvoiceStatus& input);
  Result<InvoiceStatus> Update(const auth::Principal& caller, InvoiceStatusId id,
                               const InvoiceStatusPatch& patch);
  Status Delete(const auth::Principal& caller, InvoiceStatusId id);
  /// Puts every status in the order given (all ids, each once; the default first) and returns the list.
  Result<std::vector<InvoiceStatus>> Reorder(const auth::Principal& caller, const InvoiceStatusOrder& order);

  /// For invoicing, inside its transaction.
  std::optional<InvoiceStatus> Find(soci::session& sql, OrgId org, InvoiceStatusId id) {
    return repo_.Find(sql, org, id);
  }
  /// Every status, in the flow's order.
  std::vector<InvoiceStatus> All(soci::session& sql, OrgId org) { return repo_.List(sql, org); }
  /// The status new invoices start in.
  std::optional<InvoiceStatus> Default(soci::session& sql, OrgId org);

 private:
  /// (API field, old value, new value) of each changed field, for the audit log.
  using Changes = std::vector<std::pair<std::string, std::pair<std::string, std::string>>>;
  void Audit(soci::session& sql, const auth::Principal& caller, InvoiceStatusId id, const Changes& changes,
             const std::string& now);
  Result<std::string> CheckName(soci::session& sql, OrgId org, const std::string& name,
                                std::optional<InvoiceStatusId> self);
  /// Renumbers the list 1…n with `first` at the top, keeping the others' order.
  void MoveFirst(soci::session& sql, const auth::Principal& caller, InvoiceStatusId first,
                 const std::string& now);
  std::optional<std::string> UsedBy(soci::session& sql, OrgId org, InvoiceStatusId id);

  db::Database& db_;
  InvoiceStatusRepository repo_;
  audit::AuditRepository audit_;
  std::vector<UsageProbe> probes_;
};

}  // namespace clientele::invoicing
