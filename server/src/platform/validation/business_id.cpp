#include "platform/validation/business_id.hpp"

#include <cctype>

namespace clientele::validation {

namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

/// Removes spaces, dots and hyphens and upper-cases: how people type VAT numbers varies.
std::string Compact(std::string_view input, bool keep_hyphen) {
  std::string out;
  for (char c : input) {
    if (c == ' ' || c == '.' || (c == '-' && !keep_hyphen)) continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

VatCheck Finnish(const std::string& compact) {
  // Accepts FI + 8 digits, or the business id 1234567-8.
  std::string digits;
  if (compact.rfind("FI", 0) == 0) {
    digits = compact.substr(2);
    if (digits.find('-') != std::string::npos || !AllDigits(digits) || digits.size() != 8) {
      return {std::nullopt, "a Finnish VAT number is FI and 8 digits, e.g. FI01120389"};
    }
  } else {
    const auto hyphen = compact.find('-');
    if (hyphen != 7 || compact.size() != 9) {
      return {std::nullopt, "a Finnish business id is 7 digits, a hyphen and a check digit, e.g. 0112038-9"};
    }
    digits = compact.substr(0, 7) + compact.substr(8);
    if (!AllDigits(digits)) return {std::nullopt, "a Finnish business id has digits only"};
  }
  std::string business_id = digits.substr(0, 7) + "-" + digits.substr(7);
  if (!IsValidFinnishBusinessId(business_id)) return {std::nullopt, "the check digit is wrong"};
  return {VatNumber{"FI" + digits, business_id}, ""};
}

VatCheck Norwegian(const std::string& compact) {
  std::string digits = compact;
  if (digits.rfind("NO", 0) == 0) {
    if (digits.size() < 5 || digits.substr(digits.size() - 3) != "MVA") {
      return {std::nullopt, "a Norwegian VAT number is NO, 9 digits and MVA, e.g. NO923609016MVA"};
    }
    digits = digits.substr(2, digits.size() - 5);
  }
  if (!AllDigits(digits) || digits.size() != 9) {
    return {std::nullopt, "a Norwegian organisation number has 9 digits"};
  }
  if (!IsValidNorwegianOrgNumber(digits)) return {std::nullopt, "the check digit is wrong"};
  return {VatNumber{"NO" + digits + "MVA", digits}, ""};
}

}  // namespace

bool IsValidFinnishBusinessId(std::string_view id) {
  if (id.size() != 9 || id[7] != '-' || !AllDigits(id.substr(0, 7)) || !AllDigits(id.substr(8))) return false;
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 7; ++i) sum += (id[i] - '0') * kWeights[i];
  const int r = sum % 11;
  if (r == 1) return false;
  const int check = r == 0 ? 0 : 11 - r;
  return id[8] - '0' == check;
}

bool IsValidNorwegianOrgNumber(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits)) return false;
  static constexpr int kWeights[] = {3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (digits[i] - '0') * kWeights[i];
  int check = 11 - sum % 11;
  if (check == 10) return false;
  if (check == 11) check = 0;
  return digits[8] - '0' == check;
}

VatCheck CheckVatNumber(std::string_view input, std::string_view country) {
  const std::string compact = Compact(input, true);
  if (compact.rfind("FI", 0) == 0 || (country == "FI" && compact.rfind("NO", 0) != 0)) {
    return Finnish(Compact(input, compact.rfind("FI", 0) != 0));
  }
  if (compact.rfind("NO", 0) == 0 || country == "NO") return Norwegian(Compact(input, false));
  const std::string plain = Compact(input, false);
  if (plain.size() < 2 || plain.size() > 20) return {std::nullopt, "must be 2 to 20 letters and digits"};
  for (char c : plain) {
    if (!std::isalnum(static_cast<unsigned char>(c)))
      return {std::nullopt, "must be letters A–Z and digits only"};
  }
  return {VatNumber{plain, ""}, ""};
}

std::optional<std::string> RegistryBusinessId(std::string_view vat, std::string_view country) {
  if (country != "FI" && country != "NO") return std::nullopt;
  const VatCheck check = CheckVatNumber(vat, country);
  if (!check.value || check.value->business_id.empty()) return std::nullopt;
  if (check.value->normalized.rfind(country, 0) != 0) return std::nullopt;
  return check.value->business_id;
}

}  // namespace clientele::validation
