#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/errors/error.hpp"
#include "platform/util/field.hpp"
#include "platform/util/page.hpp"

namespace clientele::settings {

/// The organization's postal address as printed on its invoices.
struct OrganizationAddress {
  std::vector<std::string> street_lines;
  std::optional<std::string> postal_code;
  std::optional<std::string> city;
  /// ISO 3166-1 alpha-2; absent: the organization's country.
  std::optional<std::string> country;
  bool operator==(const OrganizationAddress&) const = default;
};

/// How an invoice's payment reference is formed: the Finnish reference, the international RF creditor
/// reference (ISO 11649), or a Norwegian KID with a mod-10 or mod-11 check digit.
enum class ReferenceScheme { kFi, kRf, kKidMod10, kKidMod11 };

/// The organization-wide settings (one row of `organizations`). Later issues add fields here: the resource
/// grows, its shape stays.
struct OrganizationSettings {
  std::string name;
  /// ISO 4217: the currency of work-type prices, user costs and new projects.
  std::string base_currency;
  /// IANA name: decides month boundaries in the financials.
  std::string time_zone;
  // What invoices print about the organization (issue: invoicing). Optional texts are nullopt when not set.
  std::optional<std::string> legal_name;
  /// FI Y-tunnus "0112038-9", NO organisasjonsnummer "923609016", else as typed.
  std::optional<std::string> business_id;
  std::optional<std::string> vat_number;
  /// ISO 3166-1 alpha-2.
  std::optional<std::string> country;
  std::optional<OrganizationAddress> address;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> website;
  /// Electronic form: no spaces, upper case.
  std::optional<std::string> iban;
  std::optional<std::string> bic;
  std::optional<std::string> invoice_footer;
  std::int64_t payment_term_days = 14;
  /// Percent in hundredths: 750 is 7.5 %.
  std::int64_t overdue_interest = 0;
  /// nullopt: follows the country (see EffectiveInvoiceLanguage).
  std::optional<std::string> invoice_language;
  /// nullopt: follows the country (see EffectiveReferenceScheme).
  std::optional<ReferenceScheme> reference_scheme;
  std::optional<std::string> updated_at;
  std::optional<UserRef> updated_by;
  std::int64_t version = 1;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct OrganizationSettingsPatch {
  std::optional<std::int64_t> version;
  Field<std::string> base_currency;
  Field<std::string> time_zone;
  Field<std::string> legal_name;
  Field<std::string> business_id;
  Field<std::string> vat_number;
  Field<std::string> country;
  Field<OrganizationAddress> address;
  Field<std::string> phone;
  Field<std::string> email;
  Field<std::string> website;
  Field<std::string> iban;
  Field<std::string> bic;
  Field<std::string> invoice_footer;
  Field<std::int64_t> payment_term_days;
  Field<std::string> overdue_interest;
  Field<std::string> invoice_language;
  Field<std::string> reference_scheme;
  /// Malformed nested values (an address that is not {streetLines, postalCode, city, country}).
  std::vector<FieldError> shape_errors;
};

}  // namespace clientele::settings
