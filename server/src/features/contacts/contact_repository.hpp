#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/contacts/contact.hpp"
#include "platform/db/database.hpp"

namespace clientele::contacts {

/// Where a list page continues: the sort key (SortName or SortLastName) and id of the last row seen.
struct ContactKey {
  std::string sort_key;
  std::int64_t id = 0;
};

/// The contacts and contact_keywords tables. Every statement filters by organization.
class ContactRepository {
 public:
  ContactId Insert(soci::session& sql, OrgId org, CustomerId customer, const ContactValues& values, UserId by,
                   const std::string& now);
  std::optional<Contact> Find(soci::session& sql, OrgId org, ContactId id);
  std::vector<Contact> List(soci::session& sql, OrgId org, CustomerId customer, const ContactQuery& query,
                            int limit, const std::optional<ContactKey>& after);
  /// Writes `values` (keywords too) when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, ContactId id, std::int64_t version, const ContactValues& values,
              UserId by, const std::string& now);
  bool SetActive(soci::session& sql, OrgId org, ContactId id, std::int64_t version, bool active, UserId by,
                 const std::string& now);
  void Delete(soci::session& sql, OrgId org, ContactId id);

  /// Takes the address away from the customer's contacts that have it; returns who had it.
  std::vector<ContactId> ClearAddress(soci::session& sql, OrgId org, CustomerId customer,
                                      std::int64_t address, UserId by, const std::string& now);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
  /// The first `limit` contacts of the customer in name order, for messages.
  std::vector<std::string> NamesForCustomer(soci::session& sql, OrgId org, CustomerId customer, int limit);
  /// Contacts across customers in id order, after `after_id`.
  std::vector<Contact> Mailing(soci::session& sql, OrgId org, const MailingQuery& query, int limit,
                               std::optional<std::int64_t> after_id);

 private:
  void ReplaceKeywords(soci::session& sql, OrgId org, ContactId id, const std::vector<KeywordId>& keywords);
  /// Fills in the keywords of every contact, in one query per 500 contacts.
  void LoadKeywords(soci::session& sql, OrgId org, std::vector<Contact>& contacts);
};

}  // namespace clientele::contacts
