#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/customers/customer_service.hpp"
#include "features/registry/registry.hpp"
#include "features/registry/registry_cache.hpp"
#include "features/registry/registry_client.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

/// One customer field next to the registry's value.
template <class T>
struct FieldComparison {
  std::optional<T> current;
  std::optional<T> registry;
  bool available = false;  // the registry offers a value (never for a deleted company)
  bool differs = false;    // taking it would change the customer
};

/// What the registry says about a customer, field by field.
struct RegistryComparison {
  RegistryCompany company;
  FieldComparison<std::string> name;
  FieldComparison<RegistryAddress> visiting_address;
  FieldComparison<RegistryAddress> postal_address;
  FieldComparison<std::string> email;
  FieldComparison<std::string> website;
  bool can_update = false;           // the caller may edit the customer and the company is not deleted
  bool addresses_supported = false;  // addresses can be taken over (the addresses feature is wired)
};

/// The customer fields a registry can fill.
enum class RegistryField { kName, kVisitingAddress, kPostalAddress, kEmail, kWebsite };

/// "Take these fields from the registry", with the customer version the client read.
struct RegistryUpdate {
  std::optional<std::int64_t> version;
  std::vector<RegistryField> fields;
  Language language = Language::kFinnish;
};

/// Updating customers from the public business registries (Finland's PRH, Norway's Brønnøysund). The
/// customer's country picks the registry and its VAT number gives the business id.
class RegistryService {
 public:
  RegistryService(db::Database& db, customers::CustomerService& customers, RegistryClient& client)
      : db_(db), customers_(customers), client_(client) {}

  /// Called once at start-up, before requests arrive.
  void SetAddressPort(AddressPort port) { addresses_ = std::move(port); }
  bool addresses_wired() const { return addresses_.wired(); }

  /// The registry's values next to the customer's (needs view rights on the customer).
  Result<RegistryComparison> Lookup(const auth::Principal& caller, CustomerId id, Language language);
  /// Takes the chosen fields that the registry offers, in one transaction (needs edit rights). A field the
  /// registry lacks is left as it is, never cleared.
  Result<customers::Customer> Update(const auth::Principal& caller, CustomerId id,
                                     const RegistryUpdate& update);
  /// A company by country ("FI", "NO") and business id or VAT number, for creating a customer from it
  /// (needs the right to create customers).
  Result<RegistryCompany> Company(const auth::Principal& caller, const std::string& country,
                                  const std::string& business_id, Language language);

 private:
  Result<RegistryCompany> Fetch(Registry registry, const std::string& business_id, Language language);

  db::Database& db_;
  customers::CustomerService& customers_;
  RegistryClient& client_;
  RegistryCache cache_;
  AddressPort addresses_;
};

}  // namespace clientele::registry
