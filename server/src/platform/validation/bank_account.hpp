#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::validation {

/// An IBAN or BIC that passed its checks, in electronic form (no spaces, upper case), or why it did not.
struct BankCheck {
  std::optional<std::string> value;
  std::string error;
};

/// Removes spaces and upper-cases: "fi21 1234 5600 0007 85" → "FI2112345600000785".
std::string NormalizeBankText(std::string_view text);

/// Checks an IBAN as people write it ("FI21 1234 5600 0007 85"): a known country (every SEPA country and a
/// few more) with that country's length, letters and digits only, and the ISO 7064 mod-97 checksum.
BankCheck CheckIban(std::string_view text);

/// Checks a BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 letters or digits (location) and an
/// optional 3 letters or digits (branch), so 8 or 11 characters.
BankCheck CheckBic(std::string_view text);

/// "FI2112345600000785" → "FI21 1234 5600 0007 85", the printed form.
std::string FormatIban(std::string_view iban);

}  // namespace clientele::validation
