#include "features/invoicing/payment_reference.hpp"

#include <cstddef>
#include <string>

namespace clientele::invoicing {

namespace {

constexpr std::size_t kFinnishMinBase = 3;
constexpr std::size_t kFinnishMaxBase = 19;
constexpr std::size_t kRfMaxBody = 21;
constexpr std::size_t kKidMinLength = 2;
constexpr std::size_t kKidMaxLength = 25;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool AllDigits(std::string_view text) {
  for (char c : text)
    if (!IsDigit(c)) return false;
  return true;
}

Error Invalid(std::string message) { return Error::Validation("reference", std::move(message)); }

// Why `digits` is not min…max decimal digits (empty: fine); `what` names it in the message.
std::string DigitsProblem(std::string_view digits, std::size_t min, std::size_t max, std::string_view what) {
  if (!AllDigits(digits)) return std::string(what) + " must contain only the digits 0-9";
  if (digits.size() < min || digits.size() > max)
    return std::string(what) + " must have " + std::to_string(min) + "-" + std::to_string(max) + " digits";
  return {};
}

// Groups of `size` characters separated by single spaces; from the right when `from_right` (Finnish print
// form), else from the left.
std::string Grouped(std::string_view text, std::size_t size, bool from_right) {
  std::string out;
  const std::size_t head = from_right ? text.size() % size : 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool group_starts = from_right ? (i >= head && (i - head) % size == 0) : (i % size == 0);
    if (i > 0 && group_starts) out += ' ';
    out += text[i];
  }
  return out;
}

}  // namespace

int Mod97(std::string_view alphanumeric) {
  // Piecewise, so that any length fits an int: each step keeps the remainder below 97.
  int remainder = 0;
  for (char c : alphanumeric) {
    if (IsDigit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    }
  }
  return remainder;
}

std::string CompactReference(std::string_view printed) {
  std::string out;
  for (char c : printed) {
    if (c == ' ') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

// ---- Finnish national reference ----

Result<char> FinnishCheckDigit(std::string_view base) {
  if (auto problem = DigitsProblem(base, kFinnishMinBase, kFinnishMaxBase, "a Finnish reference base");
      !problem.empty())
    return Invalid(std::move(problem));
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < base.size(); ++i) sum += (base[base.size() - 1 - i] - '0') * kWeights[i % 3];
  // The check digit tops the weighted sum up to the next multiple of ten (0 when it already is one).
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

Result<std::string> FinnishReference(std::string_view base) {
  CLIENTELE_TRY(check, FinnishCheckDigit(base));
  return std::string(base) + check;
}

Status ValidateFinnishReference(std::string_view reference) {
  if (auto problem =
          DigitsProblem(reference, kFinnishMinBase + 1, kFinnishMaxBase + 1, "a Finnish reference");
      !problem.empty())
    return Invalid(std::move(problem));
  CLIENTELE_TRY(check, FinnishCheckDigit(reference.substr(0, reference.size() - 1)));
  if (check != reference.back()) return Invalid("the Finnish reference's check digit is wrong");
  return Ok();
}

std::string FormatFinnishReference(std::string_view reference) { return Grouped(reference, 5, true); }

// ---- RF creditor reference (ISO 11649) ----

Result<std::string> RfReference(std::string_view body) {
  if (body.empty() || body.size() > kRfMaxBody)
    return Invalid("an RF reference body must have 1-21 characters");
  for (char c : body)
    if (!IsDigit(c) && !IsUpper(c))
      return Invalid("an RF reference body must contain only digits and capital letters A-Z");
  // The check digits are chosen so that body + "RF" + check is 1 modulo 97: 98 − (body + "RF00") mod 97,
  // always 02…98.
  const int check = 98 - Mod97(std::string(body) + "RF00");
  std::string out = "RF";
  out += static_cast<char>('0' + check / 10);
  out += static_cast<char>('0' + check % 10);
  out += body;
  return out;
}

Result<std::string> FinnishRfReference(std::string_view finnish_reference) {
  CLIENTELE_CHECK(ValidateFinnishReference(finnish_reference));
  return RfReference(finnish_reference);
}

Status ValidateRfReference(std::string_view reference) {
  if (reference.size() < 5 || reference.size() > 4 + kRfMaxBody)
    return Invalid("an RF reference must have 5-25 characters");
  if (reference.substr(0, 2) != "RF") return Invalid("an RF reference must start with \"RF\"");
  if (!IsDigit(reference[2]) || !IsDigit(reference[3]))
    return Invalid("an RF reference must have two check digits after \"RF\"");
  // RfReference re-derives the check digits from the body and refuses a malformed body. Comparing the
  // whole text also refuses 00, 01 and 99, which pass the bare modulo test but no generator produces.
  CLIENTELE_TRY(expected, RfReference(reference.substr(4)));
  if (expected != reference) return Invalid("the RF reference's check digits are wrong");
  return Ok();
}

std::string FormatRfReference(std::string_view reference) { return Grouped(reference, 4, false); }

// ---- Norwegian KID ----

Result<char> KidMod10CheckDigit(std::string_view base) {
  if (auto problem = DigitsProblem(base, kKidMinLength - 1, kKidMaxLength - 1, "a KID base");
      !problem.empty())
    return Invalid(std::move(problem));
  // Luhn: from the rightmost base digit, every other digit is doubled and the digits of the product added.
  int sum = 0;
  for (std::size_t i = 0; i < base.size(); ++i) {
    int digit = base[base.size() - 1 - i] - '0';
    if (i % 2 == 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

Result<char> KidMod11CheckDigit(std::string_view base) {
  if (auto problem = DigitsProblem(base, kKidMinLength - 1, kKidMaxLength - 1, "a KID base");
      !problem.empty())
    return Invalid(std::move(problem));
  int sum = 0;
  for (std::size_t i = 0; i < base.size(); ++i)
    sum += (base[base.size() - 1 - i] - '0') * static_cast<int>(2 + i % 6);
  const int check = 11 - sum % 11;
  if (check == 11) return '0';
  if (check == 10) return '-';
  return static_cast<char>('0' + check);
}

namespace {

// Shared by both KID validators: the length, then the check character against the one computed.
Status ValidateKid(std::string_view kid, Result<char> (*check_digit)(std::string_view)) {
  if (kid.size() < kKidMinLength || kid.size() > kKidMaxLength)
    return Invalid("a KID must have 2-25 characters");
  CLIENTELE_TRY(check, check_digit(kid.substr(0, kid.size() - 1)));
  if (check != kid.back()) return Invalid("the KID's check digit is wrong");
  return Ok();
}

}  // namespace

Status ValidateKidMod10(std::string_view kid) { return ValidateKid(kid, KidMod10CheckDigit); }
Status ValidateKidMod11(std::string_view kid) { return ValidateKid(kid, KidMod11CheckDigit); }

// ---- From an invoice number ----

Result<std::string> ReferenceFor(ReferenceScheme scheme, long long invoice_number) {
  const bool finnish = scheme == ReferenceScheme::kFi || scheme == ReferenceScheme::kRf;
  const long long minimum = finnish ? kMinFinnishInvoiceNumber : kMinKidInvoiceNumber;
  if (invoice_number < minimum)
    return Error::Validation("invoice_number", "must be at least " + std::to_string(minimum) +
                                                   " to derive this payment reference from it");
  const std::string base = std::to_string(invoice_number);
  switch (scheme) {
    case ReferenceScheme::kFi:
      return FinnishReference(base);
    case ReferenceScheme::kRf: {
      CLIENTELE_TRY(finnish_reference, FinnishReference(base));
      return RfReference(finnish_reference);
    }
    case ReferenceScheme::kKidMod10: {
      CLIENTELE_TRY(check, KidMod10CheckDigit(base));
      return base + check;
    }
    case ReferenceScheme::kKidMod11: {
      CLIENTELE_TRY(check, KidMod11CheckDigit(base));
      return base + check;
    }
  }
  return Error::Validation("scheme", "is not a known payment reference scheme");
}

}  // namespace clientele::invoicing
