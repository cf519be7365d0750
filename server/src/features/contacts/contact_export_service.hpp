#pragma once

#include <optional>
#include <string>

#include "features/addresses/address_service.hpp"
#include "features/contacts/contact.hpp"
#include "features/contacts/contact_repository.hpp"
#include "features/contacts/picklist_repository.hpp"
#include "features/customers/customer_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::contacts {

/// A CSV export holds at most this many contacts (the response says when it was cut).
inline constexpr int kMaxCsvRows = 50'000;
/// A customer's vCard file holds at most this many contacts.
inline constexpr int kMaxVcardsPerFile = 5'000;

/// A file to download.
struct ExportFile {
  std::string filename;
  std::string body;
  int count = 0;           // records in it
  bool truncated = false;  // more matched than the file may hold
};

/// Contacts out of Clientele: mailing lists (JSON pages or CSV) across every customer the caller may see, and
/// vCards.
class ContactExportService {
 public:
  ContactExportService(db::Database& db, customers::CustomerService& customers,
                       addresses::AddressService& addresses)
      : db_(db), customers_(customers), addresses_(addresses) {}

  /// In the order contacts were created; a page may come short (with a cursor) when the caller sees only some
  /// customers.
  Result<Page<MailingEntry>> Mailing(const auth::Principal& caller, const MailingQuery& query,
                                     const PageRequest& page);
  /// name,email,customer,role,keywords, at most kMaxCsvRows rows.
  Result<ExportFile> MailingCsv(const auth::Principal& caller, const MailingQuery& query);
  Result<ExportFile> ContactVcard(const auth::Principal& caller, ContactId id);
  /// The active contacts of a customer, in name order, at most kMaxVcardsPerFile.
  Result<ExportFile> CustomerVcards(const auth::Principal& caller, CustomerId customer);

 private:
  struct Scan {
    std::vector<MailingEntry> entries;
    std::optional<std::int64_t> last_id;  // the last contact looked at
    bool exhausted = false;
  };
  /// Up to `want` visible entries after `after`, looking at no more than `budget` contacts.
  Scan Collect(soci::session& sql, const auth::Principal& caller, const MailingQuery& query, std::size_t want,
               std::optional<std::int64_t> after, std::size_t budget);
  Status CheckMailingQuery(soci::session& sql, const auth::Principal& caller, const MailingQuery& query);

  db::Database& db_;
  customers::CustomerService& customers_;
  addresses::AddressService& addresses_;
  ContactRepository repo_;
  PicklistRepository picklists_;
};

}  // namespace clientele::contacts
