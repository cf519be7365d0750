#include "features/registry/registry_service.hpp"

#include <algorithm>
#include <cctype>

#include "platform/validation/business_id.hpp"

namespace clientele::registry {

using auth::Scope;

namespace {

/// Which registry holds a customer, and under which business id.
struct Target {
  Registry registry = Registry::kPrh;
  std::string business_id;
};

const char* Adjective(Registry registry) { return registry == Registry::kPrh ? "Finnish" : "Norwegian"; }

/// The business id in `vat` (VAT number or bare business id) for `registry`, or why there is none.
Result<std::string> BusinessIdIn(const std::string& vat, Registry registry, const char* field) {
  const auto country = CountryOf(registry);
  auto check = validation::CheckVatNumber(vat, country);
  if (!check.value || check.value->business_id.empty()) {
    return Error::Validation(field, std::string("is not a valid ") + Adjective(registry) + " business id (" +
                                        (check.error.empty() ? "wrong format" : check.error) + ")");
  }
  if (check.value->normalized.rfind(country, 0) != 0) {
    return Error::Validation(field, std::string("is not a ") + Adjective(registry) +
                                        " number; the registry is chosen by the country " +
                                        std::string(country));
  }
  return check.value->business_id;
}

Result<Target> TargetOf(const customers::Customer& customer) {
  const auto& v = customer.values;
  if (!v.country) {
    return Error::Validation("country",
                             "is not set; registry updates need a customer in Finland (FI) or Norway (NO)");
  }
  auto registry = RegistryForCountry(*v.country);
  if (!registry) {
    return Error::Validation(
        "country",
        "is " + *v.country + "; registry updates cover customers in Finland (FI) and Norway (NO) only");
  }
  if (!v.vat_number) {
    return Error::Validation("vatNumber", "is missing; the registry is searched by the business id in it");
  }
  CLIENTELE_TRY(business_id, BusinessIdIn(*v.vat_number, *registry, "vatNumber"));
  return Target{*registry, business_id};
}

template <class T>
FieldComparison<T> Compare(std::optional<T> current, const std::optional<T>& registry, bool offered) {
  FieldComparison<T> f;
  f.current = std::move(current);
  f.registry = registry;
  f.available = offered && registry.has_value();
  f.differs = f.available && f.current != f.registry;
  return f;
}

bool Wants(const RegistryUpdate& update, RegistryField field) {
  return std::find(update.fields.begin(), update.fields.end(), field) != update.fields.end();
}

Error DeletedCompany(const RegistryCompany& company) {
  std::string text = "The registry lists this company as ";
  text += company.withdrawn ? "removed from its open data" : "deleted";
  if (company.deleted_on) text += " on " + *company.deleted_on;
  return Error::Validation("fields", text + "; there is nothing to take over");
}

}  // namespace

Result<RegistryCompany> RegistryService::Fetch(Registry registry, const std::string& business_id,
                                               Language language) {
  if (auto cached = cache_.Get(registry, business_id, language)) return std::move(*cached);
  auto answer = client_.Fetch(registry, business_id, language);
  cache_.Put(registry, business_id, language, answer);
  return answer;
}

Result<RegistryComparison> RegistryService::Lookup(const auth::Principal& caller, CustomerId id,
                                                   Language language) {
  struct Before {
    customers::Customer customer;
    bool can_edit = false;
    std::optional<RegistryAddress> visiting;
    std::optional<RegistryAddress> postal;
  };
  // Read what we have first and let the connection go: the registry may take seconds to answer.
  CLIENTELE_TRY(before, db_.Read([&](soci::session& sql) -> Result<Before> {
    CLIENTELE_TRY(customer, customers_.Visible(sql, caller, id));
    Before b{std::move(customer)};
    b.can_edit = customers_.Editable(sql, caller, id).ok();
    if (addresses_.wired()) {
      b.visiting = addresses_.current(sql, caller, id, AddressKind::kVisiting);
      b.postal = addresses_.current(sql, caller, id, AddressKind::kPostal);
    }
    return b;
  }));
  CLIENTELE_TRY(target, TargetOf(before.customer));
  CLIENTELE_TRY(company, Fetch(target.registry, target.business_id, language));
  const bool offered = company.status != CompanyStatus::kDeleted;
  const auto& values = before.customer.values;
  RegistryComparison out;
  out.name = Compare<std::string>(values.name, company.name, offered);
  out.visiting_address = Compare(before.visiting, company.visiting_address, offered);
  out.postal_address = Compare(before.postal, company.postal_address, offered);
  out.email = Compare(values.email, company.email, offered);
  out.website = Compare(values.website, company.website, offered);
  out.can_update = before.can_edit && offered;
  out.addresses_supported = addresses_.wired();
  out.company = std::move(company);
  return out;
}

Result<customers::Customer> RegistryService::Update(const auth::Principal& caller, CustomerId id,
                                                    const RegistryUpdate& update) {
  CLIENTELE_TRY(customer, db_.Read([&](soci::session& sql) { return customers_.Editable(sql, caller, id); }));
  if (!update.version) return Error::Validation("version", "is required: send the version you read");
  if (update.fields.empty()) return Error::Validation("fields", "is empty; choose the fields to take over");
  CLIENTELE_TRY(target, TargetOf(customer));
  const bool wants_addresses =
      Wants(update, RegistryField::kVisitingAddress) || Wants(update, RegistryField::kPostalAddress);
  if (wants_addresses && !addresses_.wired()) {
    return Error::Validation("fields", "addresses are not available yet; take over the other fields");
  }
  if (*update.version != customer.version) {
    // Checked again in the transaction; failing early saves asking the registry.
    Error e = Error::Conflict(
        "Someone else changed this customer after you opened it; reload to see their changes");
    e.current = customer;
    return e;
  }
  CLIENTELE_TRY(company, Fetch(target.registry, target.business_id, update.language));
  if (company.status == CompanyStatus::kDeleted) return DeletedCompany(company);

  customers::CustomerPatch patch;
  patch.version = update.version;
  auto take = [&](RegistryField field, const std::optional<std::string>& value,
                  Field<std::string>& target_field) {
    if (Wants(update, field) && value) target_field = {true, *value};
  };
  take(RegistryField::kName, company.name, patch.name);
  take(RegistryField::kEmail, company.email, patch.email);
  take(RegistryField::kWebsite, company.website, patch.website);
  const std::string source = AuditSource(target.registry);
  return db_.Write([&](soci::session& sql) -> Result<customers::Customer> {
    CLIENTELE_TRY(updated, customers_.UpdateWithin(sql, caller, id, patch, source));
    const std::pair<RegistryField, AddressKind> kinds[] = {
        {RegistryField::kVisitingAddress, AddressKind::kVisiting},
        {RegistryField::kPostalAddress, AddressKind::kPostal}};
    for (const auto& [field, kind] : kinds) {
      const auto& address =
          kind == AddressKind::kVisiting ? company.visiting_address : company.postal_address;
      if (!Wants(update, field) || !address) continue;
      if (addresses_.current(sql, caller, id, kind) == address) continue;
      CLIENTELE_CHECK(addresses_.apply(sql, caller, id, kind, *address, source));
    }
    return updated;
  });
}

Result<RegistryCompany> RegistryService::Company(const auth::Principal& caller, const std::string& country,
                                                 const std::string& business_id, Language language) {
  if (caller.permissions.customers.edit == Scope::kNone)
    return Error::Forbidden("You may not create customers");
  std::string code = country;
  for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto registry = RegistryForCountry(code);
  if (!registry) {
    return Error::Validation("country",
                             "must be FI or NO: the registries of Finland and Norway are supported");
  }
  CLIENTELE_TRY(id, BusinessIdIn(business_id, *registry, "businessId"));
  return Fetch(*registry, id, language);
}

}  // namespace clientele::registry
