#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "features/audit/audit.hpp"
#include "features/audit/audit_repository.hpp"
#include "features/customers/customer.hpp"
#include "features/customers/customer_repository.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::customers {

/// Tells whether something of another feature hangs on a customer ("3 contacts"), which blocks deleting it.
/// Features that attach records to customers register one; customers never reads their tables itself.
using AttachmentProbe = std::function<std::optional<std::string>(soci::session&, OrgId, CustomerId)>;

/// Customers: the card header, the list, and their history. Every call checks the caller's rights.
class CustomerService {
 public:
  explicit CustomerService(db::Database& db) : db_(db), repo_(db.kind()), users_(db.kind()) {}

  void AddAttachmentProbe(AttachmentProbe probe) { probes_.push_back(std::move(probe)); }

  Result<Customer> Create(const auth::Principal& caller, const NewCustomer& input);
  Result<Customer> Get(const auth::Principal& caller, CustomerId id);
  Result<CustomerCard> Card(const auth::Principal& caller, CustomerId id);
  Result<Page<Customer>> List(const auth::Principal& caller, CustomerQuery query, const PageRequest& page);
  Result<Customer> Update(const auth::Principal& caller, CustomerId id, const CustomerPatch& patch);
  Result<Customer> SetActive(const auth::Principal& caller, CustomerId id,
                             std::optional<std::int64_t> version, bool active);
  Status Delete(const auth::Principal& caller, CustomerId id);
  Result<Page<audit::AuditEntry>> History(const auth::Principal& caller, CustomerId id,
                                          const PageRequest& page);

  /// For other features: the customer if the caller may see it (404 / 403 otherwise).
  Result<Customer> Visible(soci::session& sql, const auth::Principal& caller, CustomerId id);
  /// For other features: the customer if the caller may edit it.
  Result<Customer> Editable(soci::session& sql, const auth::Principal& caller, CustomerId id);
  /// For other features' change events: the customer's account owner (the customers area's "own"), without
  /// any rights check.
  std::optional<UserId> AccountOwner(soci::session& sql, OrgId org, CustomerId id);
  /// For other features: Update within the caller's transaction `sql`, with the same rights, rules and
  /// version check; the history records `source` (e.g. "registry:PRH") instead of "user".
  Result<Customer> UpdateWithin(soci::session& sql, const auth::Principal& caller, CustomerId id,
                                const CustomerPatch& patch, const std::string& source);
  /// For other features' lists across customers: those of `ids` the caller may see, in one query per 1000 ids
  /// (none when the caller may not view customers at all).
  std::vector<Customer> VisibleAmong(soci::session& sql, const auth::Principal& caller,
                                     const std::vector<CustomerId>& ids);

 private:
  void CheckOwner(soci::session& sql, OrgId org, const std::optional<UserId>& owner,
                  std::vector<FieldError>& errors);
  void Audit(soci::session& sql, const auth::Principal& caller, CustomerId id, const std::string& field,
             std::optional<std::string> old_value, std::optional<std::string> new_value,
             const std::string& now, const std::string& source = audit::kSourceUser);
  Error Stale(soci::session& sql, const auth::Principal& caller, CustomerId id);

  db::Database& db_;
  CustomerRepository repo_;
  users::UserRepository users_;
  audit::AuditRepository audit_;
  std::vector<AttachmentProbe> probes_;
};

}  // namespace clientele::customers
