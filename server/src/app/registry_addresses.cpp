#include "app/registry_addresses.hpp"

#include <algorithm>

#include "platform/validation/text.hpp"

namespace clientele::app {

namespace {

using addresses::Address;
using addresses::AddressUse;
using addresses::AddressValues;
using registry::AddressKind;
using registry::RegistryAddress;

std::optional<std::string> NonEmpty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

RegistryAddress ToRegistry(const AddressValues& v) {
  return {v.street, v.postal_code.value_or(""), v.city.value_or(""), v.country.value_or("")};
}

/// The customer's address that the registry's `kind` corresponds to, if it has one.
std::optional<Address> Counterpart(const std::vector<Address>& all, AddressKind kind) {
  auto it = kind == AddressKind::kVisiting
                ? std::find_if(all.begin(), all.end(), [](const Address& a) { return a.is_headquarters; })
                : std::find_if(all.begin(), all.end(),
                               [](const Address& a) { return a.values.Has(AddressUse::kPostal); });
  if (it == all.end()) return std::nullopt;
  return *it;
}

AddressValues ToValues(const RegistryAddress& a, const std::optional<Address>& current) {
  AddressValues v;
  v.street = a.street;
  v.postal_code = NonEmpty(a.postal_code);
  v.city = NonEmpty(a.city);
  v.country = NonEmpty(a.country);
  // Registries write towns in capitals ("ESPOO"); the town is the same whatever its case.
  const auto folded = [](const std::optional<std::string>& s) {
    return validation::FoldCase(s.value_or(""));
  };
  if (current && folded(current->values.city) == folded(v.city) && current->values.country == v.country) {
    v.region = current->values.region;
  }
  return v;
}

}  // namespace

registry::AddressPort RegistryAddressPort(addresses::AddressService& service) {
  registry::AddressPort port;
  port.current = [&service](soci::session& sql, const auth::Principal& caller, CustomerId customer,
                            AddressKind kind) -> std::optional<RegistryAddress> {
    auto counterpart = Counterpart(service.ListForCustomer(sql, caller.org, customer), kind);
    if (!counterpart) return std::nullopt;
    return ToRegistry(counterpart->values);
  };
  port.apply = [&service](soci::session& sql, const auth::Principal& caller, CustomerId customer,
                          AddressKind kind, const RegistryAddress& address,
                          const std::string& source) -> Status {
    const auto current = Counterpart(service.ListForCustomer(sql, caller.org, customer), kind);
    AddressValues values = ToValues(address, current);
    if (kind == AddressKind::kVisiting) {
      values.uses = {AddressUse::kVisiting};
      CLIENTELE_CHECK(service.UpsertHeadquarters(sql, caller, customer, std::move(values), source));
    } else {
      CLIENTELE_CHECK(
          service.UpsertForUse(sql, caller, customer, AddressUse::kPostal, std::move(values), source));
    }
    return Ok();
  };
  return port;
}

}  // namespace clientele::app
