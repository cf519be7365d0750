#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/contacts/contact.hpp"
#include "platform/errors/error.hpp"

namespace clientele::contacts {

inline constexpr std::size_t kMaxNotesLength = 2000;

/// Validates and normalizes `values` in place (trims, empty → absent, language to lower case, keywords sorted
/// and deduplicated); returns one error per rejected field, named as the API names it. Whether the role,
/// keywords and address exist is the service's job.
std::vector<FieldError> NormalizeContactValues(ContactValues& values);

/// The values of a new contact (still to be normalized).
ContactValues FromNewContact(const NewContact& input);

/// Applies a patch onto the current values; the result still needs NormalizeContactValues.
void ApplyPatch(const ContactPatch& patch, ContactValues& values);

/// Sort and search keys: "first last" and "last first" case-folded; name and e-mail for substring search.
std::string SortName(const ContactValues& values);
std::string SortLastName(const ContactValues& values);
std::string SearchText(const ContactValues& values);

/// The fields whose values differ, as (API field name, old, new) for the audit log.
struct ContactChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};
std::vector<ContactChange> Diff(const ContactValues& before, const ContactValues& after);

}  // namespace clientele::contacts
