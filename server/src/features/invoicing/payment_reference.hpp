#pragma once

#include <string>
#include <string_view>

#include "platform/errors/result.hpp"

// Structured payment references printed on an invoice so the bank can tell the seller which invoice a
// payment settles. All functions take and return the electronic form (no spaces); the Format… functions
// make the printed form and CompactReference undoes it.
namespace clientele::invoicing {

/// The remainder modulo 97 of the number an alphanumeric text (digits and A-Z) reads as when each letter
/// is replaced by its two-digit value A = 10 … Z = 35: the ISO 7064 MOD 97-10 step of RF references and
/// IBANs. Other characters are not expected; callers validate first.
int Mod97(std::string_view alphanumeric);

/// The printed form of a reference as typed or copied by a person, in electronic form: spaces removed,
/// letters upper-cased. Validation still decides whether the result is a reference.
std::string CompactReference(std::string_view printed);

// Finnish national reference (viitenumero): a base of 3–19 digits followed by one check digit computed
// with the weights 7, 3, 1 repeating from the rightmost base digit.

/// The check digit of a Finnish reference base (3–19 digits).
Result<char> FinnishCheckDigit(std::string_view base);
/// The full Finnish reference (base + check digit) for a base of 3–19 digits.
Result<std::string> FinnishReference(std::string_view base);
/// Whether `reference` is a Finnish reference: 4–20 digits whose last digit is the check digit of the rest.
Status ValidateFinnishReference(std::string_view reference);
/// The printed form of a Finnish reference: groups of five digits counted from the right ("1 23456 12345").
std::string FormatFinnishReference(std::string_view reference);

// International RF creditor reference (ISO 11649): "RF", two check digits, and a body of 1–21 letters and
// digits; the check digits make the body + "RF" + check, letters read as 10…35, equal 1 modulo 97.

/// The RF reference for a body of 1–21 upper-case letters and digits.
Result<std::string> RfReference(std::string_view body);
/// The RF form of a Finnish reference (which it validates first): "RF" + check + the Finnish reference.
Result<std::string> FinnishRfReference(std::string_view finnish_reference);
/// Whether `reference` is an RF creditor reference in electronic form (upper case, no spaces).
Status ValidateRfReference(std::string_view reference);
/// The printed form of an RF reference: groups of four from the left ("RF18 5390 0754 7034").
std::string FormatRfReference(std::string_view reference);

// Norwegian KID (kundeidentifikasjon): 2–25 digits, the last a MOD10 (Luhn) or MOD11 check digit. MOD11
// uses the weights 2…7 repeating from the right; a computed 10 is written '-', as Nets specifies.

/// The MOD10 (Luhn) check digit of a KID base (1–24 digits).
Result<char> KidMod10CheckDigit(std::string_view base);
/// The MOD11 check digit of a KID base (1–24 digits): '0'…'9' or '-'.
Result<char> KidMod11CheckDigit(std::string_view base);
/// Whether `kid` is a KID of 2–25 characters ending in its MOD10 check digit.
Status ValidateKidMod10(std::string_view kid);
/// Whether `kid` is a KID of 2–25 characters ending in its MOD11 check digit ('-' for 10).
Status ValidateKidMod11(std::string_view kid);

/// The reference schemes an organization can put on its invoices.
enum class ReferenceScheme { kFi, kRf, kKidMod10, kKidMod11 };

/// The smallest invoice number ReferenceFor accepts for each scheme; see ReferenceFor.
inline constexpr long long kMinFinnishInvoiceNumber = 100;
inline constexpr long long kMinKidInvoiceNumber = 1;

/// The payment reference of an invoice: the invoice number's decimal digits (no leading zeros) as the base,
/// plus the scheme's check characters. kRf is the RF form of the Finnish reference.
///
/// Distinct invoice numbers give distinct references because the base is the number itself, never padded
/// or prefixed. A Finnish base needs three digits, and neither way of lengthening a short number works:
/// leading zeros are not significant in a Finnish reference (payers and banks drop them, and they add
/// nothing to the 7-3-1 sum), so "012" + check would reach the bank as a three-digit, invalid reference;
/// a fixed prefix digit ("9" + "12") would collide with invoice 912. So FI and RF refuse numbers below
/// 100 with an error, and numbering starts at 1000 by default anyway; KID takes any number from 1. Zero and
/// negative numbers are refused everywhere. A MOD11 KID ends in '-' for about one number in eleven (Nets'
/// rule for a check of 10); an organization whose bank or payers refuse such KIDs should choose MOD10.
Result<std::string> ReferenceFor(ReferenceScheme scheme, long long invoice_number);

}  // namespace clientele::invoicing
