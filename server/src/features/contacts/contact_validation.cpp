#include "features/contacts/contact_validation.hpp"

#include <algorithm>
#include <cctype>

#include "platform/validation/language.hpp"
#include "platform/validation/phone.hpp"
#include "platform/validation/text.hpp"

namespace clientele::contacts {

namespace {

using validation::CheckOptionalLine;
using validation::TrimOptional;

void CheckOptionalPhone(const std::optional<std::string>& value, const char* field,
                        std::vector<FieldError>& errors) {
  if (!value) return;
  if (auto e = validation::CheckPhone(*value)) errors.push_back({field, *e});
}

/// Several lines are fine in notes; other control characters are not.
std::optional<std::string> CheckNotes(const std::string& notes) {
  for (char c : notes) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\r' && c != '\t') || u == 0x7f)
      return "must not contain control characters";
  }
  if (validation::CodePoints(notes) > kMaxNotesLength) {
    return "must be at most " + std::to_string(kMaxNotesLength) + " characters";
  }
  return std::nullopt;
}

template <class T>
std::optional<std::string> IdText(const std::optional<T>& id) {
  if (!id) return std::nullopt;
  return std::to_string(id->value);
}

std::optional<std::string> IdsText(const std::vector<KeywordId>& ids) {
  if (ids.empty()) return std::nullopt;
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id.value);
  return out;
}

template <class T>
std::optional<T> OptId(const std::optional<std::int64_t>& raw) {
  if (!raw) return std::nullopt;
  return T(*raw);
}

std::vector<KeywordId> KeywordIds(const std::vector<std::int64_t>& raw) {
  std::vector<KeywordId> out;
  for (auto id : raw) out.push_back(KeywordId(id));
  return out;
}

std::string Joined(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  std::string out = a.value_or("");
  if (b) out += (out.empty() ? "" : " ") + *b;
  return out;
}

}  // namespace

std::string DisplayName(const ContactValues& v) { return Joined(v.first_name, v.last_name); }

std::vector<FieldError> NormalizeContactValues(ContactValues& v) {
  std::vector<FieldError> errors;
  TrimOptional(v.first_name);
  TrimOptional(v.last_name);
  if (!v.first_name && !v.last_name) {
    errors.push_back({"firstName", "a first name or a last name is required"});
    errors.push_back({"lastName", "a first name or a last name is required"});
  }
  CheckOptionalLine(v.first_name, "firstName", 100, errors);
  CheckOptionalLine(v.last_name, "lastName", 100, errors);
  TrimOptional(v.title);
  CheckOptionalLine(v.title, "title", 100, errors);
  TrimOptional(v.email);
  if (v.email) {
    if (auto e = validation::CheckEmail(*v.email)) errors.push_back({"email", *e});
  }
  TrimOptional(v.mobile_phone);
  CheckOptionalPhone(v.mobile_phone, "mobilePhone", errors);
  TrimOptional(v.work_phone);
  CheckOptionalPhone(v.work_phone, "workPhone", errors);
  TrimOptional(v.language);
  if (v.language) {
    for (auto& c : *v.language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!validation::IsLanguageCode(*v.language)) {
      errors.push_back({"language", "must be an ISO 639-1 language code, e.g. fi"});
    }
  }
  TrimOptional(v.notes);
  if (v.notes) {
    if (auto e = CheckNotes(*v.notes)) errors.push_back({"notes", *e});
  }
  if (v.role && !v.role->valid()) errors.push_back({"roleId", "must be a positive id"});
  if (v.address && !v.address->valid()) errors.push_back({"addressId", "must be a positive id"});
  std::sort(v.keywords.begin(), v.keywords.end());
  v.keywords.erase(std::unique(v.keywords.begin(), v.keywords.end()), v.keywords.end());
  if (std::any_of(v.keywords.begin(), v.keywords.end(), [](KeywordId id) { return !id.valid(); })) {
    errors.push_back({"keywordIds", "must be positive ids"});
  } else if (v.keywords.size() > kMaxKeywordsPerContact) {
    errors.push_back(
        {"keywordIds", "may hold at most " + std::to_string(kMaxKeywordsPerContact) + " keywords"});
  }
  return errors;
}

ContactValues FromNewContact(const NewContact& input) {
  ContactValues v;
  v.first_name = input.first_name;
  v.last_name = input.last_name;
  v.title = input.title;
  v.email = input.email;
  v.mobile_phone = input.mobile_phone;
  v.work_phone = input.work_phone;
  v.role = OptId<ContactRoleId>(input.role_id);
  if (input.keyword_ids) v.keywords = KeywordIds(*input.keyword_ids);
  v.address = OptId<addresses::AddressId>(input.address_id);
  v.language = input.language;
  v.notes = input.notes;
  return v;
}

void ApplyPatch(const ContactPatch& p, ContactValues& v) {
  auto apply = [](const Field<std::string>& f, std::optional<std::string>& target) {
    if (f.present) target = f.value;
  };
  apply(p.first_name, v.first_name);
  apply(p.last_name, v.last_name);
  apply(p.title, v.title);
  apply(p.email, v.email);
  apply(p.mobile_phone, v.mobile_phone);
  apply(p.work_phone, v.work_phone);
  apply(p.language, v.language);
  apply(p.notes, v.notes);
  if (p.role_id.present) v.role = OptId<ContactRoleId>(p.role_id.value);
  if (p.address_id.present) v.address = OptId<addresses::AddressId>(p.address_id.value);
  if (p.keyword_ids.present)
    v.keywords = p.keyword_ids.value ? KeywordIds(*p.keyword_ids.value) : std::vector<KeywordId>{};
}

std::string SortName(const ContactValues& v) {
  return validation::FoldCase(Joined(v.first_name, v.last_name));
}

std::string SortLastName(const ContactValues& v) {
  return validation::FoldCase(Joined(v.last_name, v.first_name));
}

std::string SearchText(const ContactValues& v) {
  std::string out = SortName(v);
  if (v.email) {
    out.push_back(' ');
    out += validation::FoldCase(*v.email);
  }
  return out;
}

std::vector<ContactChange> Diff(const ContactValues& a, const ContactValues& b) {
  std::vector<ContactChange> changes;
  auto text = [&](const char* field, const std::optional<std::string>& x,
                  const std::optional<std::string>& y) {
    if (x != y) changes.push_back({field, x, y});
  };
  text("firstName", a.first_name, b.first_name);
  text("lastName", a.last_name, b.last_name);
  text("title", a.title, b.title);
  text("email", a.email, b.email);
  text("mobilePhone", a.mobile_phone, b.mobile_phone);
  text("workPhone", a.work_phone, b.work_phone);
  text("roleId", IdText(a.role), IdText(b.role));
  text("keywordIds", IdsText(a.keywords), IdsText(b.keywords));
  text("addressId", IdText(a.address), IdText(b.address));
  text("language", a.language, b.language);
  text("notes", a.notes, b.notes);
  return changes;
}

}  // namespace clientele::contacts
