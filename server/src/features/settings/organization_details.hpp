#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/settings/organization_settings.hpp"
#include "platform/errors/error.hpp"

namespace clientele::settings {

/// Bounds of the invoicing details.
inline constexpr std::int64_t kMaxPaymentTermDays = 365;
inline constexpr std::size_t kMaxInvoiceFooterCharacters = 2000;
inline constexpr std::size_t kMaxInvoiceFooterLines = 20;

/// "fi", "rf", "kid-mod10", "kid-mod11".
std::string_view ReferenceSchemeName(ReferenceScheme scheme);
std::optional<ReferenceScheme> ParseReferenceScheme(std::string_view name);

/// The invoice language: the one set, else by country (FI → fi, NO → nb, others → en).
std::string EffectiveInvoiceLanguage(const OrganizationSettings& s);
/// The reference scheme: the one set, else by country (FI → fi, NO → kid-mod10, others → rf).
ReferenceScheme EffectiveReferenceScheme(const OrganizationSettings& s);

/// The API names of the details an invoice still needs (legalName, businessId, country, address, iban), in
/// that order; empty when the organization can invoice. An address needs a street line, postal code and city.
std::vector<std::string> MissingForInvoicing(const OrganizationSettings& s);

/// Validates and applies the invoicing details of `patch` onto `next` (trimmed and normalized: IBAN and BIC
/// in electronic form, business id in its country's form). The business id and VAT number are checked
/// against the resulting country, so changing the country re-checks them. One error per rejected field.
std::vector<FieldError> ApplyDetails(const OrganizationSettingsPatch& patch, OrganizationSettings& next);

}  // namespace clientele::settings
