#include "features/invoicing/virtual_barcode.hpp"

#include <cstddef>
#include <string>

#include "features/invoicing/payment_reference.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/money.hpp"

namespace clientele::invoicing {

namespace {

constexpr std::size_t kFinnishIbanLength = 18;
constexpr std::size_t kV4ReferenceWidth = 20;
constexpr std::size_t kV5BodyWidth = 21;

bool AllDigits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// `digits` left-padded with zeros to `width` (callers have checked it is not longer).
std::string ZeroPadded(std::string_view digits, std::size_t width) {
  return std::string(width - digits.size(), '0') + std::string(digits);
}

// The 16 account digits of a Finnish IBAN, after checking its country, shape and check digits.
Result<std::string> AccountDigits(std::string_view printed_iban) {
  const std::string iban = CompactReference(printed_iban);
  if (iban.size() != kFinnishIbanLength || iban.substr(0, 2) != "FI" || !AllDigits(iban.substr(2)))
    return Error::Validation("iban", "must be a Finnish IBAN: FI and 16 digits");
  // An IBAN is valid when its text with the first four characters moved to the end is 1 modulo 97.
  if (Mod97(iban.substr(4) + iban.substr(0, 4)) != 1)
    return Error::Validation("iban", "has wrong check digits");
  return iban.substr(2);
}

// Euros (6) and cents (2); zeros for an amount the field cannot hold, so the payer types it.
Result<std::string> AmountField(std::int64_t amount_cents) {
  if (auto problem = validation::CheckMoneyAmount(amount_cents))
    return Error::Validation("amount", std::move(*problem));
  if (amount_cents > kMaxBarcodeAmountCents) return std::string(8, '0');
  return ZeroPadded(std::to_string(amount_cents), 8);
}

// YYMMDD of a YYYY-MM-DD date, or "000000" without one.
Result<std::string> DueDateField(std::optional<std::string_view> due_date) {
  if (!due_date) return std::string(6, '0');
  if (auto problem = validation::CheckDate(*due_date))
    return Error::Validation("due_date", std::move(*problem));
  const std::string_view date = *due_date;
  return std::string(date.substr(2, 2)) + std::string(date.substr(5, 2)) + std::string(date.substr(8, 2));
}

// The version digit and the 23 reference digits of version 4 ("000" + 20) or version 5 (check + 21).
Result<std::string> ReferenceField(std::string_view printed_reference) {
  const std::string reference = CompactReference(printed_reference);
  if (reference.substr(0, 2) == "RF") {
    CLIENTELE_CHECK(ValidateRfReference(reference));
    const std::string_view body = std::string_view(reference).substr(4);
    // The bar code has digits only; an RF reference with letters cannot be printed in one.
    if (!AllDigits(body))
      return Error::Validation("reference", "an RF reference in a bank bar code must have a numeric body");
    return "5" + reference.substr(2, 2) + ZeroPadded(body, kV5BodyWidth);
  }
  CLIENTELE_CHECK(ValidateFinnishReference(reference));
  return "4000" + ZeroPadded(reference, kV4ReferenceWidth);
}

}  // namespace

Result<std::string> VirtualBarcode(std::string_view iban, std::int64_t amount_cents,
                                   std::string_view reference, std::optional<std::string_view> due_date) {
  CLIENTELE_TRY(account, AccountDigits(iban));
  CLIENTELE_TRY(amount, AmountField(amount_cents));
  CLIENTELE_TRY(version_and_reference, ReferenceField(reference));
  CLIENTELE_TRY(due, DueDateField(due_date));
  // The version digit leads; the reference digits follow the amount.
  return version_and_reference.substr(0, 1) + account + amount + version_and_reference.substr(1) + due;
}

}  // namespace clientele::invoicing
