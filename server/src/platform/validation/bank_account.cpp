#include "platform/validation/bank_account.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace clientele::validation {

namespace {

/// IBAN lengths by country (SWIFT IBAN registry): every SEPA country and some neighbours.
constexpr std::array<std::pair<std::string_view, std::size_t>, 40> kIbanLengths{{
    {"AD", 24}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
    {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GI", 23},
    {"GL", 18}, {"GR", 27}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IS", 26}, {"IT", 27}, {"LI", 21},
    {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MT", 31}, {"NL", 18}, {"NO", 15}, {"PL", 28},
    {"PT", 25}, {"RO", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"VA", 22}, {"AX", 18},
}};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsUpper(c) || IsDigit(c); }

std::optional<std::size_t> IbanLength(std::string_view country) {
  for (const auto& [code, length] : kIbanLengths) {
    if (code == country) return length;
  }
  return std::nullopt;
}

/// The IBAN's remainder mod 97 with its first four characters moved to the end and letters as 10 … 35,
/// computed digit by digit so that no big number is needed.
int Mod97(std::string_view iban) {
  int remainder = 0;
  auto feed = [&](char c) {
    if (IsDigit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    }
  };
  for (char c : iban.substr(4)) feed(c);
  for (char c : iban.substr(0, 4)) feed(c);
  return remainder;
}

}  // namespace

std::string NormalizeBankText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

BankCheck CheckIban(std::string_view text) {
  const std::string iban = NormalizeBankText(text);
  if (iban.size() < 4 || !IsUpper(iban[0]) || !IsUpper(iban[1]) || !IsDigit(iban[2]) || !IsDigit(iban[3]))
    return {std::nullopt, "must start with a country code and two check digits, e.g. FI21 1234 5600 0007 85"};
  for (char c : iban) {
    if (!IsAlnum(c)) return {std::nullopt, "may contain letters, digits and spaces only"};
  }
  const auto length = IbanLength(std::string_view(iban).substr(0, 2));
  if (!length) return {std::nullopt, "is not from a country whose IBANs we know"};
  if (iban.size() != *length)
    return {std::nullopt, "must have " + std::to_string(*length) + " characters for " + iban.substr(0, 2)};
  if (Mod97(iban) != 1) return {std::nullopt, "has wrong check digits (a typo?)"};
  return {iban, ""};
}

BankCheck CheckBic(std::string_view text) {
  const std::string bic = NormalizeBankText(text);
  const char* error = "must be 8 or 11 characters: bank (4 letters), country (2 letters), location, branch";
  if (bic.size() != 8 && bic.size() != 11) return {std::nullopt, error};
  for (std::size_t i = 0; i < bic.size(); ++i) {
    if (i < 6 ? !IsUpper(bic[i]) : !IsAlnum(bic[i])) return {std::nullopt, error};
  }
  return {bic, ""};
}

std::string FormatIban(std::string_view iban) {
  std::string out;
  for (std::size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(' ');
    out.push_back(iban[i]);
  }
  return out;
}

}  // namespace clientele::validation
