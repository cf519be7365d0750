#include "features/customers/customer_service.hpp"

#include <algorithm>

#include "features/customers/customer_validation.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/business_id.hpp"
#include "platform/validation/text.hpp"

namespace clientele::customers {

using auth::Allows;
using auth::Ownership;
using auth::Scope;

namespace {

constexpr const char* kEntity = "customer";

Ownership OwnershipOf(const auth::Principal& caller, const Customer& c) {
  return c.values.account_owner == caller.user ? Ownership::kOwned : Ownership::kNotOwned;
}

bool CanEdit(const auth::Principal& caller, const Customer& c) {
  return Allows(caller.permissions.customers.edit, OwnershipOf(caller, c));
}

CardActions ActionsFor(const auth::Principal& caller, const Customer& c) {
  CardActions a;
  a.can_edit = CanEdit(caller, c);
  a.can_delete = a.can_edit && caller.permissions.delete_customers;
  a.can_inactivate = a.can_edit && c.is_active;
  a.can_reactivate = a.can_edit && !c.is_active;
  a.can_update_from_registry = a.can_edit && c.values.vat_number && c.values.country &&
                               validation::RegistryBusinessId(*c.values.vat_number, *c.values.country);
  return a;
}

std::optional<CustomerKey> DecodeKey(const std::string& cursor, CustomerSort sort) {
  auto parts = util::DecodeCursor(cursor, 3);
  if (!parts) return std::nullopt;
  try {
    CustomerKey key{(*parts)[0], std::stoll((*parts)[1]), std::stoll((*parts)[2])};
    (void)sort;
    return key;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string EncodeKey(const Customer& c) {
  return util::EncodeCursor(
      {validation::FoldCase(c.values.name), std::to_string(c.values.number), std::to_string(c.id.value)});
}

}  // namespace

Result<Customer> CustomerService::Visible(soci::session& sql, const auth::Principal& caller, CustomerId id) {
  if (caller.permissions.customers.view == Scope::kNone)
    return Error::Forbidden("You may not view customers");
  auto customer = repo_.Find(sql, caller.org, id);
  if (!customer) return Error::NotFound("No such customer");
  if (!Allows(caller.permissions.customers.view, OwnershipOf(caller, *customer))) {
    return Error::Forbidden("You may only view customers you own");
  }
  return *customer;
}

Result<Customer> CustomerService::Editable(soci::session& sql, const auth::Principal& caller, CustomerId id) {
  CLIENTELE_TRY(customer, Visible(sql, caller, id));
  if (!CanEdit(caller, customer)) return Error::Forbidden("You may not edit this customer");
  return customer;
}

std::optional<UserId> CustomerService::AccountOwner(soci::session& sql, OrgId org, CustomerId id) {
  auto customer = repo_.Find(sql, org, id);
  return customer ? customer->values.account_owner : std::nullopt;
}

std::vector<Customer> CustomerService::VisibleAmong(soci::session& sql, const auth::Principal& caller,
                                                    const std::vector<CustomerId>& ids) {
  constexpr std::size_t kBatch = 1000;
  std::vector<Customer> out;
  if (caller.permissions.customers.view == Scope::kNone) return out;
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    const std::vector<CustomerId> batch(ids.begin() + start,
                                        ids.begin() + std::min(ids.size(), start + kBatch));
    for (auto& customer : repo_.FindMany(sql, caller.org, batch)) {
      if (Allows(caller.permissions.customers.view, OwnershipOf(caller, customer)))
        out.push_back(std::move(customer));
    }
  }
  return out;
}

void CustomerService::CheckOwner(soci::session& sql, OrgId org, const std::optional<UserId>& owner,
                                 std::vector<FieldError>& errors) {
  if (!owner) return;
  auto user = users_.FindUser(sql, org, *owner);
  if (!user)
    errors.push_back({"accountOwnerId", "is not a user of this organization"});
  else if (!user->is_active)
    errors.push_back({"accountOwnerId", "is an inactive user"});
}

void CustomerService::Audit(soci::session& sql, const auth::Principal& caller, CustomerId id,
                            const std::string& field, std::optional<std::string> old_value,
                            std::optional<std::string> new_value, const std::string& now,
                            const std::string& source) {
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

Error CustomerService::Stale(soci::session& sql, const auth::Principal& caller, CustomerId id) {
  Error e =
      Error::Conflict("Someone else changed this customer after you opened it; reload to see their changes");
  if (auto current = repo_.Find(sql, caller.org, id)) e.current = *current;
  return e;
}

Result<Customer> CustomerService::Create(const auth::Principal& caller, const NewCustomer& input) {
  const Scope edit = caller.permissions.customers.edit;
  if (edit == Scope::kNone) return Error::Forbidden("You may not create customers");
  std::vector<FieldError> errors;
  if (!input.name) errors.push_back({"name", "is required"});
  CustomerValues values;
  values.name = input.name.value_or("");
  values.vat_number = input.vat_number;
  values.country = input.country;
  values.email = input.email;
  values.website = input.website;
  values.phone = input.phone;
  values.industry = input.industry;
  if (input.account_owner) values.account_owner = UserId(*input.account_owner);
  // Someone who may edit only their own customers creates customers they own.
  if (edit == Scope::kOwn) {
    if (values.account_owner && *values.account_owner != caller.user) {
      return Error::Forbidden("You may only create customers you own");
    }
    values.account_owner = caller.user;
  }
  values.number = input.number.value_or(1);
  auto value_errors = NormalizeCustomerValues(values);
  errors.insert(errors.end(), value_errors.begin(), value_errors.end());
  return db_.Write([&](soci::session& sql) -> Result<Customer> {
    CheckOwner(sql, caller.org, values.account_owner, errors);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    if (input.number) {
      if (repo_.NumberTaken(sql, caller.org, values.number)) {
        Error e = Error::Conflict("Customer number " + std::to_string(values.number) + " is already in use");
        e.fields.push_back({"number", "is already in use"});
        return e;
      }
    } else {
      values.number = repo_.NextNumber(sql, caller.org);
    }
    const std::string now = util::NowIso();
    CustomerId id = repo_.Insert(sql, caller.org, values, caller.user, now);
    Audit(sql, caller, id, "created", std::nullopt, values.name, now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Result<Customer> CustomerService::Get(const auth::Principal& caller, CustomerId id) {
  return db_.Read([&](soci::session& sql) { return Visible(sql, caller, id); });
}

Result<CustomerCard> CustomerService::Card(const auth::Principal& caller, CustomerId id) {
  CLIENTELE_TRY(customer, Get(caller, id));
  CardActions actions = ActionsFor(caller, customer);
  return CustomerCard{std::move(customer), actions};
}

Result<Page<Customer>> CustomerService::List(const auth::Principal& caller, CustomerQuery query,
                                             const PageRequest& page) {
  const Scope view = caller.permissions.customers.view;
  if (view == Scope::kNone) return Error::Forbidden("You may not view customers");
  if (view == Scope::kOwn) {
    if (query.owner && *query.owner != caller.user) return Page<Customer>{};
    query.owner = caller.user;
  }
  if (query.q) {
    *query.q = validation::Trim(*query.q);
    if (query.q->empty())
      query.q.reset();
    else if (auto e = validation::CheckLine(*query.q, 200))
      return Error::Validation("q", *e);
  }
  std::optional<CustomerKey> after;
  if (page.cursor) {
    after = DecodeKey(*page.cursor, query.sort);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  Page<Customer> result;
  result.items =
      db_.Read([&](soci::session& sql) { return repo_.List(sql, caller.org, query, page.limit + 1, after); });
  if (static_cast<int>(result.items.size()) > page.limit) {
    result.items.resize(page.limit);
    result.next_cursor = EncodeKey(result.items.back());
  }
  return result;
}

Result<Customer> CustomerService::Update(const auth::Principal& caller, CustomerId id,
                                         const CustomerPatch& patch) {
  return db_.Write(
      [&](soci::session& sql) { return UpdateWithin(sql, caller, id, patch, audit::kSourceUser); });
}

Result<Customer> CustomerService::UpdateWithin(soci::session& sql, const auth::Principal& caller,
                                               CustomerId id, const CustomerPatch& patch,
                                               const std::string& source) {
  CLIENTELE_TRY(current, Editable(sql, caller, id));
  if (!patch.version) return Error::Validation("version", "is required: send the version you read");
  CustomerValues values = current.values;
  auto errors = ApplyPatch(patch, values);
  auto value_errors = NormalizeCustomerValues(values);
  errors.insert(errors.end(), value_errors.begin(), value_errors.end());
  if (values.account_owner != current.values.account_owner)
    CheckOwner(sql, caller.org, values.account_owner, errors);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  if (*patch.version != current.version) return Stale(sql, caller, id);
  if (values.number != current.values.number && repo_.NumberTaken(sql, caller.org, values.number)) {
    Error e = Error::Conflict("Customer number " + std::to_string(values.number) + " is already in use");
    e.fields.push_back({"number", "is already in use"});
    return e;
  }
  const auto changes = Diff(current.values, values);
  if (changes.empty()) return current;
  const std::string now = util::NowIso();
  if (!repo_.Update(sql, caller.org, id, *patch.version, values, caller.user, now))
    return Stale(sql, caller, id);
  for (const auto& change : changes) {
    Audit(sql, caller, id, change.field, change.old_value, change.new_value, now, source);
  }
  return *repo_.Find(sql, caller.org, id);
}

Result<Customer> CustomerService::SetActive(const auth::Principal& caller, CustomerId id,
                                            std::optional<std::int64_t> version, bool active) {
  return db_.Write([&](soci::session& sql) -> Result<Customer> {
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

Status CustomerService::Delete(const auth::Principal& caller, CustomerId id) {
  return db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    if (!caller.permissions.delete_customers)
      return Error::Forbidden("Deleting customers needs the delete right");
    std::vector<std::string> attached;
    for (const auto& probe : probes_) {
      if (auto what = probe(sql, caller.org, id)) attached.push_back(*what);
    }
    if (!attached.empty()) {
      std::string list;
      for (const auto& a : attached) list += (list.empty() ? "" : ", ") + a;
      return Error::Conflict("The customer still has " + list +
                             "; remove them first or inactivate the customer");
    }
    repo_.Delete(sql, caller.org, id);
    Audit(sql, caller, id, "deleted", current.values.name, std::nullopt, util::NowIso());
    return Ok();
  });
}

Result<Page<audit::AuditEntry>> CustomerService::History(const auth::Principal& caller, CustomerId id,
                                                         const PageRequest& page) {
  std::optional<std::int64_t> before;
  if (page.cursor) {
    auto parts = util::DecodeCursor(*page.cursor, 1);
    try {
      if (parts) before = std::stoll((*parts)[0]);
    } catch (const std::exception&) {
    }
    if (!before) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<audit::AuditEntry>> {
    CLIENTELE_CHECK(Visible(sql, caller, id));
    Page<audit::AuditEntry> result;
    result.items = audit_.List(sql, caller.org, kEntity, id.value, page.limit + 1, before);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().id)});
    }
    return result;
  });
}

}  // namespace clientele::customers
