#include "features/addresses/address_service.hpp"

#include <algorithm>

#include "features/addresses/address_validation.hpp"
#include "platform/util/clock.hpp"

namespace clientele::addresses {

namespace {

constexpr const char* kEntity = "address";

const char* BoolText(bool value) { return value ? "true" : "false"; }

bool SamePlace(const AddressValues& a, const AddressValues& b) {
  return a.street == b.street && a.postal_code == b.postal_code && a.city == b.city && a.region == b.region &&
         a.country == b.country;
}

/// `current` with the place (street … country) of `incoming`; the phone only when one came; the uses of both.
AddressValues Merged(const AddressValues& current, const AddressValues& incoming) {
  AddressValues out = incoming;
  if (!out.phone) out.phone = current.phone;
  for (auto use : current.uses) out.uses.push_back(use);
  return out;
}

Error TooMany() {
  return Error::Conflict("A customer can have at most " + std::to_string(kMaxAddressesPerCustomer) +
                         " addresses");
}

}  // namespace

void AddressService::Audit(soci::session& sql, const auth::Principal& caller, AddressId id,
                           const std::string& field, std::optional<std::string> old_value,
                           std::optional<std::string> new_value, const std::string& source,
                           const std::string& now) {
  audit::AuditEntry e;
  e.entity = kEntity;
  e.entity_id = id.value;
  e.field = field;
  e.old_value = std::move(old_value);
  e.new_value = std::move(new_value);
  e.source = source;
  e.changed_at = now;
  e.changed_by = {caller.user, caller.user_name};
  audit_.Insert(sql, caller.org, e);
}

Error AddressService::Stale(soci::session& sql, const auth::Principal& caller, AddressId id) {
  Error e =
      Error::Conflict("Someone else changed this address after you opened it; reload to see their changes");
  if (auto current = repo_.Find(sql, caller.org, id)) e.current = *current;
  return e;
}

Result<Address> AddressService::Editable(soci::session& sql, const auth::Principal& caller, AddressId id) {
  auto address = repo_.Find(sql, caller.org, id);
  if (!address) return Error::NotFound("No such address");
  CLIENTELE_CHECK(customers_.Editable(sql, caller, address->customer));
  return *address;
}

void AddressService::MoveHeadquarters(soci::session& sql, const auth::Principal& caller,
                                      const std::vector<Address>& addresses, AddressId to,
                                      const std::string& source, const std::string& now) {
  // Clear the old one first: the partial unique index would refuse two at once.
  for (const auto& a : addresses) {
    if (a.is_headquarters && a.id != to) {
      repo_.SetHeadquarters(sql, caller.org, a.id, false, caller.user, now);
      Audit(sql, caller, a.id, "isHeadquarters", BoolText(true), BoolText(false), source, now);
    }
  }
  repo_.SetHeadquarters(sql, caller.org, to, true, caller.user, now);
  Audit(sql, caller, to, "isHeadquarters", BoolText(false), BoolText(true), source, now);
}

Result<Address> AddressService::Insert(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                                       const AddressValues& values, bool make_headquarters,
                                       const std::string& source, const std::string& now) {
  repo_.LockCustomer(sql, caller.org, customer);
  const auto existing = repo_.ListForCustomer(sql, caller.org, customer);
  if (static_cast<int>(existing.size()) >= kMaxAddressesPerCustomer) return TooMany();
  const bool headquarters = existing.empty() || make_headquarters;
  if (headquarters) {
    for (const auto& a : existing) {
      if (!a.is_headquarters) continue;
      repo_.SetHeadquarters(sql, caller.org, a.id, false, caller.user, now);
      Audit(sql, caller, a.id, "isHeadquarters", BoolText(true), BoolText(false), source, now);
    }
  }
  auto id = repo_.Insert(sql, caller.org, customer, values, headquarters, caller.user, now);
  // Only when a concurrent request gave an address-less customer its first address (and headquarters) first.
  if (!id) id = repo_.Insert(sql, caller.org, customer, values, false, caller.user, now);
  Audit(sql, caller, *id, "created", std::nullopt, OneLine(values), source, now);
  return *repo_.Find(sql, caller.org, *id);
}

Address AddressService::Rewrite(soci::session& sql, const auth::Principal& caller, const Address& current,
                                const AddressValues& values, const std::string& source,
                                const std::string& now) {
  const auto changes = Diff(current.values, values);
  if (changes.empty()) return current;
  repo_.Update(sql, caller.org, current.id, current.version, values, caller.user, now);
  for (const auto& c : changes)
    Audit(sql, caller, current.id, c.field, c.old_value, c.new_value, source, now);
  return *repo_.Find(sql, caller.org, current.id);
}

Result<std::vector<Address>> AddressService::List(const auth::Principal& caller, CustomerId customer) {
  return db_.Read([&](soci::session& sql) -> Result<std::vector<Address>> {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
    return repo_.ListForCustomer(sql, caller.org, customer);
  });
}

Result<Address> AddressService::Create(const auth::Principal& caller, CustomerId customer,
                                       const NewAddress& input) {
  AddressValues values;
  auto errors = FromNewAddress(input, values);
  auto value_errors = NormalizeAddressValues(values);
  errors.insert(errors.end(), value_errors.begin(), value_errors.end());
  return db_.Write([&](soci::session& sql) -> Result<Address> {
    CLIENTELE_CHECK(customers_.Editable(sql, caller, customer));
    if (!errors.empty()) return Error::Validation(std::move(errors));
    return Insert(sql, caller, customer, values, input.is_headquarters.value_or(false), audit::kSourceUser,
                  util::NowIso());
  });
}

Result<Address> AddressService::Update(const auth::Principal& caller, AddressId id,
                                       const AddressPatch& patch) {
  return db_.Write([&](soci::session& sql) -> Result<Address> {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    AddressValues values = current.values;
    auto errors = ApplyPatch(patch, values);
    auto value_errors = NormalizeAddressValues(values);
    errors.insert(errors.end(), value_errors.begin(), value_errors.end());
    if (!errors.empty()) return Error::Validation(std::move(errors));
    if (*patch.version != current.version) return Stale(sql, caller, id);
    const auto changes = Diff(current.values, values);
    if (changes.empty()) return current;
    const std::string now = util::NowIso();
    if (!repo_.Update(sql, caller.org, id, *patch.version, values, caller.user, now))
      return Stale(sql, caller, id);
    for (const auto& c : changes)
      Audit(sql, caller, id, c.field, c.old_value, c.new_value, audit::kSourceUser, now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<Address> AddressService::MakeHeadquarters(const auth::Principal& caller, AddressId id,
                                                 std::optional<std::int64_t> version) {
  return db_.Write([&](soci::session& sql) -> Result<Address> {
    CLIENTELE_TRY(address, Editable(sql, caller, id));
    if (!version) return Error::Validation("version", "is required: send the version you read");
    repo_.LockCustomer(sql, caller.org, address.customer);
    // Read again under the lock: a concurrent move may have finished while we waited.
    const auto addresses = repo_.ListForCustomer(sql, caller.org, address.customer);
    auto it = std::find_if(addresses.begin(), addresses.end(), [&](const Address& a) { return a.id == id; });
    if (it == addresses.end()) return Error::NotFound("No such address");
    if (*version != it->version) return Stale(sql, caller, id);
    if (it->is_headquarters) return *it;
    MoveHeadquarters(sql, caller, addresses, id, audit::kSourceUser, util::NowIso());
    return *repo_.Find(sql, caller.org, id);
  });
}

Status AddressService::Delete(const auth::Principal& caller, AddressId id) {
  return db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(address, Editable(sql, caller, id));
    repo_.LockCustomer(sql, caller.org, address.customer);
    const auto addresses = repo_.ListForCustomer(sql, caller.org, address.customer);
    auto it = std::find_if(addresses.begin(), addresses.end(), [&](const Address& a) { return a.id == id; });
    if (it == addresses.end()) return Error::NotFound("No such address");
    if (it->is_headquarters && addresses.size() > 1) {
      return Error::Conflict(
          "This address is the customer's headquarters; choose another headquarters first, then delete it");
    }
    const std::string now = util::NowIso();
    for (const auto& listener : delete_listeners_) listener(sql, caller, *it, now);
    try {
      repo_.Delete(sql, caller.org, id);
    } catch (const soci::soci_error& e) {
      // A contact was given this address by a concurrent request after the listeners let go of it.
      if (db::ClassifyViolation(e) != db::Violation::kForeignKey) throw;
      return Error::Conflict("Someone gave this address to a contact meanwhile; try again");
    }
    Audit(sql, caller, id, "deleted", OneLine(it->values), std::nullopt, audit::kSourceUser, now);
    return Ok();
  });
}

std::vector<Address> AddressService::ListForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  return repo_.ListForCustomer(sql, org, customer);
}

std::optional<Address> AddressService::Find(soci::session& sql, OrgId org, AddressId id) {
  return repo_.Find(sql, org, id);
}

Result<Address> AddressService::UpsertHeadquarters(soci::session& sql, const auth::Principal& caller,
                                                   CustomerId customer, AddressValues values,
                                                   const std::string& audit_source) {
  CLIENTELE_CHECK(customers_.Editable(sql, caller, customer));
  if (auto errors = NormalizeAddressValues(values); !errors.empty())
    return Error::Validation(std::move(errors));
  repo_.LockCustomer(sql, caller.org, customer);
  const auto addresses = repo_.ListForCustomer(sql, caller.org, customer);
  const std::string now = util::NowIso();
  if (addresses.empty() || !addresses.front().is_headquarters) {
    return Insert(sql, caller, customer, values, true, audit_source, now);
  }
  AddressValues merged = Merged(addresses.front().values, values);
  NormalizeAddressValues(merged);
  return Rewrite(sql, caller, addresses.front(), merged, audit_source, now);
}

Result<Address> AddressService::UpsertForUse(soci::session& sql, const auth::Principal& caller,
                                             CustomerId customer, AddressUse use, AddressValues values,
                                             const std::string& audit_source) {
  CLIENTELE_CHECK(customers_.Editable(sql, caller, customer));
  values.uses.push_back(use);
  if (auto errors = NormalizeAddressValues(values); !errors.empty())
    return Error::Validation(std::move(errors));
  repo_.LockCustomer(sql, caller.org, customer);
  const auto addresses = repo_.ListForCustomer(sql, caller.org, customer);
  const std::string now = util::NowIso();
  auto serving =
      std::find_if(addresses.begin(), addresses.end(), [&](const Address& a) { return a.values.Has(use); });
  if (serving != addresses.end()) {
    const bool only_use = serving->values.uses.size() == 1;
    if (only_use || SamePlace(serving->values, values)) {
      AddressValues merged = Merged(serving->values, values);
      NormalizeAddressValues(merged);
      return Rewrite(sql, caller, *serving, merged, audit_source, now);
    }
    // It serves other uses too, elsewhere: it keeps those and gives this one up.
    AddressValues rest = serving->values;
    rest.uses.erase(std::remove(rest.uses.begin(), rest.uses.end(), use), rest.uses.end());
    Rewrite(sql, caller, *serving, rest, audit_source, now);
  }
  for (const auto& a : addresses) {
    if (a.id != (serving != addresses.end() ? serving->id : AddressId()) && SamePlace(a.values, values)) {
      AddressValues merged = Merged(a.values, values);
      NormalizeAddressValues(merged);
      return Rewrite(sql, caller, a, merged, audit_source, now);
    }
  }
  if (static_cast<int>(addresses.size()) >= kMaxAddressesPerCustomer) return TooMany();
  return Insert(sql, caller, customer, values, false, audit_source, now);
}

std::optional<std::string> AddressService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  return std::to_string(count) + (count == 1 ? " address" : " addresses");
}

}  // namespace clientele::addresses
