#include "features/contacts/contact_service.hpp"

#include "features/contacts/contact_validation.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/text.hpp"

namespace clientele::contacts {

namespace {

constexpr const char* kEntity = "contact";
constexpr int kNamesInMessages = 3;

bool ByLastName(ContactSort sort) {
  return sort == ContactSort::kLastNameAsc || sort == ContactSort::kLastNameDesc;
}

std::optional<ContactKey> DecodeKey(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 2);
  if (!parts) return std::nullopt;
  try {
    return ContactKey{(*parts)[0], std::stoll((*parts)[1])};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string EncodeKey(const Contact& c, ContactSort sort) {
  return util::EncodeCursor(
      {ByLastName(sort) ? SortLastName(c.values) : SortName(c.values), std::to_string(c.id.value)});
}

/// A role, keyword or address the checks accepted was deleted by a concurrent request before we wrote.
Error ReferenceGone() {
  return Error::Conflict("A role, keyword or address you chose was deleted meanwhile; reload and try again");
}

std::vector<std::int64_t> Raw(const std::vector<KeywordId>& ids) {
  std::vector<std::int64_t> out;
  for (auto id : ids) out.push_back(id.value);
  return out;
}

}  // namespace

void ContactService::Audit(soci::session& sql, const auth::Principal& caller, ContactId id,
                           const std::string& field, std::optional<std::string> old_value,
                           std::optional<std::string> new_value, const std::string& now) {
  audit::AuditEntry e;
  e.entity = kEntity;
  e.entity_id = id.value;
  e.field = field;
  e.old_value = std::move(old_value);
  e.new_value = std::move(new_value);
  e.changed_at = now;
  e.changed_by = {caller.user, caller.user_name};
  audit_.Insert(sql, caller.org, e);
}

Error ContactService::Stale(soci::session& sql, const auth::Principal& caller, ContactId id) {
  Error e =
      Error::Conflict("Someone else changed this contact after you opened it; reload to see their changes");
  if (auto current = repo_.Find(sql, caller.org, id)) e.current = *current;
  return e;
}

Result<Contact> ContactService::Editable(soci::session& sql, const auth::Principal& caller, ContactId id) {
  auto contact = repo_.Find(sql, caller.org, id);
  if (!contact) return Error::NotFound("No such contact");
  CLIENTELE_CHECK(customers_.Editable(sql, caller, contact->customer));
  return *contact;
}

std::vector<FieldError> ContactService::CheckReferences(soci::session& sql, const auth::Principal& caller,
                                                        CustomerId customer, const ContactValues& values,
                                                        const ContactValues* current) {
  std::vector<FieldError> errors;
  if (values.role && (!current || values.role != current->role)) {
    auto e = picklists_.CheckAssignable(sql, caller.org, PicklistKind::kContactRole, {values.role->value}, {},
                                        "roleId");
    errors.insert(errors.end(), e.begin(), e.end());
  }
  if (!values.keywords.empty()) {
    auto e = picklists_.CheckAssignable(sql, caller.org, PicklistKind::kKeyword, Raw(values.keywords),
                                        current ? Raw(current->keywords) : std::vector<std::int64_t>{},
                                        "keywordIds");
    errors.insert(errors.end(), e.begin(), e.end());
  }
  if (values.address && (!current || values.address != current->address)) {
    auto address = addresses_.Find(sql, caller.org, *values.address);
    if (!address || address->customer != customer)
      errors.push_back({"addressId", "is not an address of this customer"});
  }
  return errors;
}

Result<Page<Contact>> ContactService::List(const auth::Principal& caller, CustomerId customer,
                                           ContactQuery query, const PageRequest& page) {
  if (query.q) {
    *query.q = validation::Trim(*query.q);
    if (query.q->empty())
      query.q.reset();
    else if (auto e = validation::CheckLine(*query.q, 200))
      return Error::Validation("q", *e);
  }
  std::optional<ContactKey> after;
  if (page.cursor) {
    after = DecodeKey(*page.cursor);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<Contact>> {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
    Page<Contact> result;
    result.items = repo_.List(sql, caller.org, customer, query, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = EncodeKey(result.items.back(), query.sort);
    }
    return result;
  });
}

Result<Contact> ContactService::Get(const auth::Principal& caller, ContactId id) {
  return db_.Read([&](soci::session& sql) -> Result<Contact> {
    auto contact = repo_.Find(sql, caller.org, id);
    if (!contact) return Error::NotFound("No such contact");
    CLIENTELE_CHECK(customers_.Visible(sql, caller, contact->customer));
    return *contact;
  });
}

Result<Contact> ContactService::Create(const auth::Principal& caller, CustomerId customer,
                                       const NewContact& input) {
  ContactValues values = FromNewContact(input);
  auto errors = NormalizeContactValues(values);
  return db_.Write([&](soci::session& sql) -> Result<Contact> {
    CLIENTELE_CHECK(customers_.Editable(sql, caller, customer));
    if (errors.empty()) errors = CheckReferences(sql, caller, customer, values, nullptr);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    const std::string now = util::NowIso();
    ContactId id;
    try {
      id = repo_.Insert(sql, caller.org, customer, values, caller.user, now);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kForeignKey) return ReferenceGone();
      throw;
    }
    Audit(sql, caller, id, "created", std::nullopt, DisplayName(values), now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<Contact> ContactService::Update(const auth::Principal& caller, ContactId id,
                                       const ContactPatch& patch) {
  return db_.Write([&](soci::session& sql) -> Result<Contact> {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    ContactValues values = current.values;
    ApplyPatch(patch, values);
    auto errors = NormalizeContactValues(values);
    if (errors.empty()) errors = CheckReferences(sql, caller, current.customer, values, &current.values);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    if (*patch.version != current.version) return Stale(sql, caller, id);
    const auto changes = Diff(current.values, values);
    if (changes.empty()) return current;
    const std::string now = util::NowIso();
    try {
      if (!repo_.Update(sql, caller.org, id, *patch.version, values, caller.user, now))
        return Stale(sql, caller, id);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kForeignKey) return ReferenceGone();
      throw;
    }
    for (const auto& c : changes) Audit(sql, caller, id, c.field, c.old_value, c.new_value, now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<Contact> ContactService::SetActive(const auth::Principal& caller, ContactId id,
                                          std::optional<std::int64_t> version, bool active) {
  return db_.Write([&](soci::session& sql) -> Result<Contact> {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    if (!version) return Error::Validation("version", "is required: send the version you read");
    if (*version != current.version) return Stale(sql, caller, id);
    if (current.is_active == active) return current;
    const std::string now = util::NowIso();
    if (!repo_.SetActive(sql, caller.org, id, *version, active, caller.user, now))
      return Stale(sql, caller, id);
    Audit(sql, caller, id, active ? "reactivated" : "inactivated", std::nullopt, std::nullopt, now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Status ContactService::Delete(const auth::Principal& caller, ContactId id) {
  return db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    repo_.Delete(sql, caller.org, id);
    Audit(sql, caller, id, "deleted", DisplayName(current.values), std::nullopt, util::NowIso());
    return Ok();
  });
}

void ContactService::ReleaseAddress(soci::session& sql, const auth::Principal& caller,
                                    const addresses::Address& address, const std::string& now) {
  const auto released =
      repo_.ClearAddress(sql, caller.org, address.customer, address.id.value, caller.user, now);
  for (auto id : released)
    Audit(sql, caller, id, "addressId", std::to_string(address.id.value), std::nullopt, now);
}

std::optional<std::string> ContactService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  std::string names;
  for (const auto& name : repo_.NamesForCustomer(sql, org, customer, kNamesInMessages)) {
    names += (names.empty() ? "" : ", ") + name;
  }
  if (count > kNamesInMessages) names += ", …";
  return std::to_string(count) + (count == 1 ? " contact (" : " contacts (") + names + ")";
}

}  // namespace clientele::contacts
