#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/addresses/address.hpp"
#include "features/contacts/picklist.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::contacts {

using ContactId = Id<struct ContactTag>;

/// A contact can have at most this many keywords.
inline constexpr std::size_t kMaxKeywordsPerContact = 50;

/// The editable fields of a contact, validated and normalized.
struct ContactValues {
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> title;
  std::optional<std::string> email;
  std::optional<std::string> mobile_phone;
  std::optional<std::string> work_phone;
  std::optional<ContactRoleId> role;
  std::vector<KeywordId> keywords;  // ascending, each once
  std::optional<addresses::AddressId> address;
  std::optional<std::string> language;  // ISO 639-1
  std::optional<std::string> notes;
};

/// A keyword or role as a contact shows it.
struct NamedRef {
  std::int64_t id = 0;
  std::string name;
};

struct Contact {
  ContactId id;
  CustomerId customer;
  ContactValues values;
  std::optional<std::string> role_name;
  std::vector<NamedRef> keywords;  // by name
  bool is_active = true;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// "First Last", or whichever of the two the contact has.
std::string DisplayName(const ContactValues& values);

/// A new contact as the client sent it (not yet validated).
struct NewContact {
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> title;
  std::optional<std::string> email;
  std::optional<std::string> mobile_phone;
  std::optional<std::string> work_phone;
  std::optional<std::int64_t> role_id;
  std::optional<std::vector<std::int64_t>> keyword_ids;
  std::optional<std::int64_t> address_id;
  std::optional<std::string> language;
  std::optional<std::string> notes;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct ContactPatch {
  std::optional<std::int64_t> version;
  Field<std::string> first_name;
  Field<std::string> last_name;
  Field<std::string> title;
  Field<std::string> email;
  Field<std::string> mobile_phone;
  Field<std::string> work_phone;
  Field<std::int64_t> role_id;
  Field<std::vector<std::int64_t>> keyword_ids;
  Field<std::int64_t> address_id;
  Field<std::string> language;
  Field<std::string> notes;
};

enum class InactiveFilter { kExclude, kInclude, kOnly };
enum class ContactSort { kNameAsc, kNameDesc, kLastNameAsc, kLastNameDesc };

/// A customer's contact list.
struct ContactQuery {
  std::optional<std::string> q;  // substring of the name or e-mail
  InactiveFilter inactive = InactiveFilter::kExclude;
  ContactSort sort = ContactSort::kNameAsc;
};

enum class ActiveFilter { kActive, kInactive, kAll };

/// A mailing list: contacts across every customer the caller may see, optionally with one keyword.
struct MailingQuery {
  std::optional<KeywordId> keyword;
  ActiveFilter active = ActiveFilter::kActive;
};

struct MailingEntry {
  Contact contact;
  std::string customer_name;
};

}  // namespace clientele::contacts
