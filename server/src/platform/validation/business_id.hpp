#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::validation {

/// A VAT number that passed its country's rules, in stored form.
struct VatNumber {
  std::string normalized;   // FI01120389, NO923609016MVA, or the upper-cased form elsewhere
  std::string business_id;  // FI 0112038-9, NO 923609016; empty for other countries
};

/// Finnish business id (Y-tunnus) "NNNNNNN-C": mod 11 with weights 7,9,10,5,8,4,2; remainder 1 is never
/// issued.
bool IsValidFinnishBusinessId(std::string_view id);
/// Norwegian organisation number, 9 digits: mod 11 with weights 3,2,7,6,5,4,3,2; check 10 is never issued.
bool IsValidNorwegianOrgNumber(std::string_view digits);

/// Checks a VAT number for `country` (ISO alpha-2, may be empty) and returns its stored form, or why it is
/// wrong. FI and NO accept the VAT form and the bare business id; other countries take 2–20 of A–Z0–9.
/// A number starting with FI or NO is checked by that country's rules whatever `country` says.
struct VatCheck {
  std::optional<VatNumber> value;
  std::string error;
};
VatCheck CheckVatNumber(std::string_view input, std::string_view country);

/// The business id a public registry (FI or NO) is searched by, when `country` is FI or NO and `vat` is a
/// valid number of that same country; nullopt otherwise. The card offers a registry update only then.
std::optional<std::string> RegistryBusinessId(std::string_view vat, std::string_view country);

}  // namespace clientele::validation
