#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "features/addresses/address.hpp"
#include "features/addresses/address_repository.hpp"
#include "features/audit/audit.hpp"
#include "features/audit/audit_repository.hpp"
#include "features/customers/customer_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::addresses {

/// Runs inside the transaction that deletes `address`, before its row goes: features whose records point at
/// addresses (contacts) let go of it here. The addresses feature never reads their tables itself.
using AddressDeleteListener =
    std::function<void(soci::session&, const auth::Principal&, const Address&, const std::string& now)>;

/// A customer's addresses and the headquarters rule: the first address a customer gets is its headquarters,
/// and a customer with addresses always has exactly one (the schema allows at most one).
class AddressService {
 public:
  AddressService(db::Database& db, customers::CustomerService& customers)
      : db_(db), customers_(customers), repo_(db.kind()) {}

  void AddDeleteListener(AddressDeleteListener listener) { delete_listeners_.push_back(std::move(listener)); }

  /// The customer's addresses, the headquarters first (at most kMaxAddressesPerCustomer).
  Result<std::vector<Address>> List(const auth::Principal& caller, CustomerId customer);
  Result<Address> Create(const auth::Principal& caller, CustomerId customer, const NewAddress& input);
  Result<Address> Update(const auth::Principal& caller, AddressId id, const AddressPatch& patch);
  /// Moves the headquarters to this address.
  Result<Address> MakeHeadquarters(const auth::Principal& caller, AddressId id,
                                   std::optional<std::int64_t> version);
  /// Deletes an address; the headquarters only when it is the customer's last address.
  Status Delete(const auth::Principal& caller, AddressId id);

  // For other features, inside their own transaction (`sql` is its session).

  /// The customer's addresses, the headquarters first. No permission check: the caller has done it.
  std::vector<Address> ListForCustomer(soci::session& sql, OrgId org, CustomerId customer);
  /// One address of the organization, whoever's it is. No permission check.
  std::optional<Address> Find(soci::session& sql, OrgId org, AddressId id);
  /// Writes `values` (normalized here; uses are merged) into the customer's headquarters, or creates the
  /// customer's first address, which becomes the headquarters. Needs customers edit on the customer. The
  /// audit log names `audit_source` (e.g. "registry") as where the change came from.
  Result<Address> UpsertHeadquarters(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                                     AddressValues values, const std::string& audit_source);
  /// Makes the customer have an address for `use` at `values`: an address already serving `use` is updated
  /// in place when it serves nothing else (or is already at that place); when it also serves other uses and
  /// is elsewhere, it keeps those and a new address takes `use` (an existing address at that place is
  /// reused). A customer's first address becomes its headquarters. Needs customers edit on the customer.
  Result<Address> UpsertForUse(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                               AddressUse use, AddressValues values, const std::string& audit_source);
  /// For CustomerService's attachment probe: "2 addresses", or nullopt when there are none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  Result<Address> Editable(soci::session& sql, const auth::Principal& caller, AddressId id);
  Result<Address> Insert(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                         const AddressValues& values, bool make_headquarters, const std::string& source,
                         const std::string& now);
  Address Rewrite(soci::session& sql, const auth::Principal& caller, const Address& current,
                  const AddressValues& values, const std::string& source, const std::string& now);
  void MoveHeadquarters(soci::session& sql, const auth::Principal& caller,
                        const std::vector<Address>& addresses, AddressId to, const std::string& source,
                        const std::string& now);
  void Audit(soci::session& sql, const auth::Principal& caller, AddressId id, const std::string& field,
             std::optional<std::string> old_value, std::optional<std::string> new_value,
             const std::string& source, const std::string& now);
  Error Stale(soci::session& sql, const auth::Principal& caller, AddressId id);

  db::Database& db_;
  customers::CustomerService& customers_;
  AddressRepository repo_;
  audit::AuditRepository audit_;
  std::vector<AddressDeleteListener> delete_listeners_;
};

}  // namespace clientele::addresses
