#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/addresses/address_service.hpp"
#include "features/audit/audit_repository.hpp"
#include "features/contacts/contact.hpp"
#include "features/contacts/contact_repository.hpp"
#include "features/contacts/picklist_service.hpp"
#include "features/customers/customer_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::contacts {

/// A customer's contacts. Viewing needs customers view on the customer, changing needs customers edit.
class ContactService {
 public:
  ContactService(db::Database& db, customers::CustomerService& customers,
                 addresses::AddressService& addresses, PicklistService& picklists)
      : db_(db), customers_(customers), addresses_(addresses), picklists_(picklists) {}

  Result<Page<Contact>> List(const auth::Principal& caller, CustomerId customer, ContactQuery query,
                             const PageRequest& page);
  Result<Contact> Get(const auth::Principal& caller, ContactId id);
  Result<Contact> Create(const auth::Principal& caller, CustomerId customer, const NewContact& input);
  Result<Contact> Update(const auth::Principal& caller, ContactId id, const ContactPatch& patch);
  Result<Contact> SetActive(const auth::Principal& caller, ContactId id, std::optional<std::int64_t> version,
                            bool active);
  Status Delete(const auth::Principal& caller, ContactId id);

  // For other features, inside their own transaction.

  /// AddressService's delete listener: the contacts that used the address no longer have one.
  void ReleaseAddress(soci::session& sql, const auth::Principal& caller, const addresses::Address& address,
                      const std::string& now);
  /// For CustomerService's attachment probe: "2 contacts (Anna Virtanen, Bo Ek)", or nullopt when none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  Result<Contact> Editable(soci::session& sql, const auth::Principal& caller, ContactId id);
  /// Errors for a role, keywords or address the contact may not have (`current`: what it has now).
  std::vector<FieldError> CheckReferences(soci::session& sql, const auth::Principal& caller,
                                          CustomerId customer, const ContactValues& values,
                                          const ContactValues* current);
  void Audit(soci::session& sql, const auth::Principal& caller, ContactId id, const std::string& field,
             std::optional<std::string> old_value, std::optional<std::string> new_value,
             const std::string& now);
  Error Stale(soci::session& sql, const auth::Principal& caller, ContactId id);

  db::Database& db_;
  customers::CustomerService& customers_;
  addresses::AddressService& addresses_;
  PicklistService& picklists_;
  ContactRepository repo_;
  audit::AuditRepository audit_;
};

}  // namespace clientele::contacts
