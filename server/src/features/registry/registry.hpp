#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"
#include "platform/util/ids.hpp"

namespace clientele::registry {

/// The public business registries this feature reads.
enum class Registry {
  kPrh,    // Finland: PRH / YTJ open data
  kBrreg,  // Norway: Brønnøysundregistrene, Enhetsregisteret
};

/// Which of a registry's language versions to show (Finnish post offices have a Finnish and a Swedish name).
enum class Language { kFinnish, kSwedish, kEnglish };

/// The registry's view of whether the company still trades.
enum class CompanyStatus { kActive, kDeleted, kBankrupt, kLiquidation };

/// An address as a registry gives it: street lines (c/o, street and number, PO box), postal code, city, and
/// the ISO 3166-1 alpha-2 country code.
struct RegistryAddress {
  std::vector<std::string> street;
  std::string postal_code;
  std::string city;
  std::string country;

  friend bool operator==(const RegistryAddress&, const RegistryAddress&) = default;
};

/// The two addresses a registry knows: the visiting (business, headquarters) address and the postal address.
enum class AddressKind { kVisiting, kPostal };

/// One company as a registry describes it, reduced to what a customer card can use.
struct RegistryCompany {
  Registry registry = Registry::kPrh;
  std::string business_id;                  // canonical: 0112038-9, 923609016
  std::optional<std::string> name;          // the current registered name; absent when withdrawn
  std::vector<std::string> parallel_names;  // official names in other languages (FI "Nokia Abp")
  std::optional<RegistryAddress> visiting_address;
  std::optional<RegistryAddress> postal_address;
  std::optional<std::string> email;    // PRH never has one
  std::optional<std::string> website;  // with a scheme, as the customer card stores it
  CompanyStatus status = CompanyStatus::kActive;
  std::optional<std::string> deleted_on;  // YYYY-MM-DD, when the registry says
  bool withdrawn = false;                 // Brønnøysund removed the unit from open data (410 Gone)
  std::string url;                        // the record at the registry
};

/// The credit each registry's licence asks for.
struct RegistrySource {
  std::string_view registry;  // "PRH", "Brønnøysundregistrene"
  std::string_view licence;   // "CC BY 4.0", "NLOD"
};
RegistrySource SourceOf(Registry registry);

/// The audit-log source of changes taken from `registry`: "registry:PRH", "registry:Brønnøysundregistrene".
std::string AuditSource(Registry registry);

std::string_view StatusName(CompanyStatus status);
std::string_view CountryOf(Registry registry);  // "FI", "NO"
std::optional<Registry> RegistryForCountry(std::string_view country);
/// "fi", "sv", "en".
std::optional<Language> ParseLanguage(std::string_view code);

/// 404 for a business id the registry does not have; names the field so that clients can tell it from a
/// missing customer.
Error NotInRegistry(Registry registry, std::string_view business_id);

/// The VAT number of a company of `registry`: FI01120389, NO923609016MVA.
std::string VatNumberOf(Registry registry, std::string_view business_id);

/// Registries give websites without a scheme ("www.nokia.com"); the customer card stores URLs.
std::string WithScheme(std::string_view website);

/// Reads and writes a customer's addresses for the registry update. The app wires it to the addresses feature
/// (app/registry_addresses.cpp); an empty port means the update offers no addresses. kVisiting is the
/// customer's headquarters (visiting) address, kPostal its postal address. Both run in the caller's
/// transaction `sql` after the registry service has checked the caller's rights on the customer; `apply`
/// replaces the address (creating it when the customer has none) and records `source` in the history.
struct AddressPort {
  std::function<std::optional<RegistryAddress>(soci::session& sql, const auth::Principal& caller,
                                               CustomerId id, AddressKind kind)>
      current;
  std::function<Status(soci::session& sql, const auth::Principal& caller, CustomerId id, AddressKind kind,
                       const RegistryAddress& address, const std::string& source)>
      apply;

  bool wired() const { return current && apply; }
};

}  // namespace clientele::registry
