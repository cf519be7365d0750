#include "features/invoicing/payment_reference.hpp"

#include <string>

#include <gtest/gtest.h>

namespace clientele::invoicing {
namespace {

// The value of a Result that must have succeeded, or a marker that fails the comparison readably.
template <class T>
T ValueOr(const Result<T>& result, T fallback) {
  return result.ok() ? result.value() : fallback;
}

std::string Ref(const Result<std::string>& result) { return ValueOr<std::string>(result, "<error>"); }
char Digit(const Result<char>& result) { return ValueOr(result, '?'); }

// ---- Finnish reference ----

TEST(FinnishReference, CheckDigitUsesWeights731FromTheRight) {
  // The Finance Finland guide's example: base 123 → 1×1 + 2×3 + 3×7 = 28 → check 2.
  EXPECT_EQ(Ref(FinnishReference("123")), "1232");
  // Hand-computed: 1234561 → 1×7 + 6×3 + 5×1 + 4×7 + 3×3 + 2×1 + 1×7 = 76 → 4.
  EXPECT_EQ(Ref(FinnishReference("1234561")), "12345614");
  // A sum that is already a multiple of ten gets 0: 100 → 0×7 + 0×3 + 1×1 = 1 → 9; 1000 → 7 → 3.
  EXPECT_EQ(Digit(FinnishCheckDigit("100")), '9');
  EXPECT_EQ(Digit(FinnishCheckDigit("1000")), '3');
  EXPECT_EQ(Digit(FinnishCheckDigit("55")), '?');
  EXPECT_EQ(Ref(FinnishReference("1234567890123456789")).size(), 20u);
}

TEST(FinnishReference, ValidatesThePublishedBarcodeGuideReferences) {
  // The national references of the bank bar code guide's worked examples (§13.1).
  for (const char* printed :
       {"86851 62596 19897", "55958 22432 94671", "69 87567 20834 35364", "7 75847 47906 47489",
        "78 77767 96566 28687", "8 68624", "92125 37425 25398 97737", "5907 38390", "13 57914"}) {
    EXPECT_TRUE(ValidateFinnishReference(CompactReference(printed)).ok()) << printed;
  }
}

TEST(FinnishReference, RefusesAWrongCheckDigit) {
  const auto status = ValidateFinnishReference("12345615");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kValidationFailed);
  EXPECT_EQ(status.error().fields.at(0).field, "reference");
  EXPECT_NE(status.error().message.find("check digit"), std::string::npos);
}

TEST(FinnishReference, RefusesNonDigitsAndWrongLengths) {
  EXPECT_FALSE(FinnishReference("12a").ok());
  EXPECT_FALSE(FinnishReference("-123").ok());
  EXPECT_FALSE(FinnishReference("").ok());
  EXPECT_FALSE(FinnishReference("12").ok()) << "a base needs three digits";
  EXPECT_FALSE(FinnishReference("12345678901234567890").ok()) << "twenty base digits is one too many";
  EXPECT_FALSE(ValidateFinnishReference("123").ok()) << "a reference has at least four digits";
  EXPECT_FALSE(ValidateFinnishReference("123456789012345678901").ok()) << "and at most twenty";
  EXPECT_FALSE(ValidateFinnishReference("1232 ").ok()) << "electronic form has no spaces";
  EXPECT_FALSE(ValidateFinnishReference("12x2").ok());
  EXPECT_TRUE(ValidateFinnishReference("1232").ok());
}

TEST(FinnishReference, PrintsInGroupsOfFiveFromTheRight) {
  EXPECT_EQ(FormatFinnishReference("868516259619897"), "86851 62596 19897");
  EXPECT_EQ(FormatFinnishReference("69875672083435364"), "69 87567 20834 35364");
  EXPECT_EQ(FormatFinnishReference("1232"), "1232");
  EXPECT_EQ(FormatFinnishReference("12328"), "12328");
  EXPECT_EQ(FormatFinnishReference("123456"), "1 23456");
  EXPECT_EQ(CompactReference("69 87567 20834 35364"), "69875672083435364");
}

// ---- RF creditor reference ----

TEST(RfReference, MatchesTheIso11649Example) {
  EXPECT_EQ(Ref(RfReference("539007547034")), "RF18539007547034");
  EXPECT_TRUE(ValidateRfReference("RF18539007547034").ok());
  EXPECT_EQ(FormatRfReference("RF18539007547034"), "RF18 5390 0754 7034");
  EXPECT_EQ(CompactReference("rf18 5390 0754 7034"), "RF18539007547034");
  // Bodies with letters (published on mobilefish.com's RF reference page) and a full-length body.
  EXPECT_EQ(Ref(RfReference("G72UUR")), "RF45G72UUR");
  EXPECT_EQ(Ref(RfReference("18K5")), "RF6518K5");
  EXPECT_EQ(Ref(RfReference("5000056789012345")), "RF485000056789012345");
  EXPECT_TRUE(ValidateRfReference(Ref(RfReference("ABCDEFGHIJKLMNOPQRSTU"))).ok());
}

TEST(RfReference, FinnishRfFormWrapsTheFinnishReference) {
  // The bank bar code guide's version 5 examples are the RF forms of its Finnish references.
  EXPECT_EQ(Ref(FinnishRfReference("868516259619897")), "RF09868516259619897");
  EXPECT_EQ(Ref(FinnishRfReference("559582243294671")), "RF06559582243294671");
  EXPECT_EQ(Ref(FinnishRfReference("1357914")), "RF951357914");
  EXPECT_EQ(FormatRfReference("RF09868516259619897"), "RF09 8685 1625 9619 897");
  EXPECT_FALSE(FinnishRfReference("1233").ok()) << "the Finnish reference is validated first";
  EXPECT_FALSE(FinnishRfReference("123").ok());
}

TEST(RfReference, RefusesWrongCheckDigitsAndMalformedText) {
  EXPECT_FALSE(ValidateRfReference("RF17539007547034").ok());
  EXPECT_FALSE(ValidateRfReference("RF19539007547034").ok());
  EXPECT_FALSE(ValidateRfReference("RF35C4").ok()) << "a mobilefish counter-example: C4 needs RF51";
  EXPECT_FALSE(ValidateRfReference("rf18539007547034").ok()) << "electronic form is upper case";
  EXPECT_FALSE(ValidateRfReference("RF18 5390 0754 7034").ok()) << "and has no spaces";
  EXPECT_FALSE(ValidateRfReference("XX18539007547034").ok());
  EXPECT_FALSE(ValidateRfReference("RFAB539007547034").ok());
  EXPECT_FALSE(ValidateRfReference("RF18").ok()) << "a body is needed";
  EXPECT_FALSE(ValidateRfReference("RF0012345678901234567890").ok()) << "22-character body";
  EXPECT_FALSE(RfReference("").ok());
  EXPECT_FALSE(RfReference("1234567890123456789012").ok());
  EXPECT_FALSE(RfReference("12-4").ok());
  EXPECT_FALSE(RfReference("abc").ok()) << "letters are upper case; CompactReference makes them so";
}

TEST(RfReference, RefusesTheCheckDigitsNoGeneratorProduces) {
  // The bare modulo test accepts check + 97 too, which fits two digits for checks 02 and 98 only. Body "54"
  // has check 98 (hand-checked: 54271500 mod 97 = 0, so 98 − 0 = 98) and body "36" has check 02.
  ASSERT_EQ(Ref(RfReference("54")), "RF9854");
  ASSERT_EQ(Ref(RfReference("36")), "RF0236");
  EXPECT_FALSE(ValidateRfReference("RF0154").ok());
  EXPECT_FALSE(ValidateRfReference("RF9936").ok());
}

// ---- KID ----

TEST(Kid, Mod10IsLuhn) {
  EXPECT_EQ(Digit(KidMod10CheckDigit("1234567")), '4');  // the Nets example KID 12345674
  EXPECT_TRUE(ValidateKidMod10("12345674").ok());
  EXPECT_EQ(Digit(KidMod10CheckDigit("7992739871")), '3');  // the common Luhn example
  // Hand-computed: 1000 → 0×2 + 0 + 0×2 + 1 = 1 → 9; 18 → 8×2 = 16 → 1 + 6 = 7, + 1 = 8 → 2.
  EXPECT_EQ(Digit(KidMod10CheckDigit("1000")), '9');
  EXPECT_EQ(Digit(KidMod10CheckDigit("18")), '2');
  EXPECT_FALSE(ValidateKidMod10("12345675").ok());
}

TEST(Kid, Mod11UsesWeights2To7AndWritesTenAsDash) {
  // Hand-computed: 1234567 → 7×2 + 6×3 + 5×4 + 4×5 + 3×6 + 2×7 + 1×2 = 106; 106 mod 11 = 7; 11 − 7 = 4.
  EXPECT_EQ(Digit(KidMod11CheckDigit("1234567")), '4');
  // 1003 → 3×2 + 1×5 = 11; remainder 0 → 11 → 0.
  EXPECT_EQ(Digit(KidMod11CheckDigit("1003")), '0');
  // 1009 → 9×2 + 1×5 = 23; remainder 1 → 10 → '-'.
  EXPECT_EQ(Digit(KidMod11CheckDigit("1009")), '-');
  EXPECT_TRUE(ValidateKidMod11("12345674").ok());
  EXPECT_TRUE(ValidateKidMod11("10030").ok());
  EXPECT_TRUE(ValidateKidMod11("1009-").ok());
  EXPECT_FALSE(ValidateKidMod11("10090").ok());
  EXPECT_FALSE(ValidateKidMod11("12345675").ok());
}

TEST(Kid, RefusesNonDigitsAndWrongLengths) {
  EXPECT_FALSE(KidMod10CheckDigit("").ok());
  EXPECT_FALSE(KidMod11CheckDigit("").ok());
  EXPECT_FALSE(KidMod10CheckDigit("12a").ok());
  EXPECT_FALSE(KidMod11CheckDigit("1-2").ok());
  EXPECT_TRUE(KidMod10CheckDigit(std::string(24, '1')).ok());
  EXPECT_FALSE(KidMod10CheckDigit(std::string(25, '1')).ok());
  EXPECT_FALSE(KidMod11CheckDigit(std::string(25, '1')).ok());
  EXPECT_FALSE(ValidateKidMod10("4").ok()) << "a KID has at least two characters";
  EXPECT_FALSE(ValidateKidMod11("").ok());
  EXPECT_FALSE(ValidateKidMod10(std::string(26, '0')).ok()) << "and at most 25";
  EXPECT_TRUE(ValidateKidMod10(std::string(25, '0')).ok());
  EXPECT_FALSE(ValidateKidMod10("1234567-").ok()) << "'-' is a MOD11 check only";
  EXPECT_FALSE(ValidateKidMod10("12a45674").ok());
}

// ---- From an invoice number ----

TEST(ReferenceFor, DerivesEachSchemeFromTheInvoiceNumber) {
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kFi, 1000)), "10003");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kFi, 1234561)), "12345614");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kRf, 1000)), "RF6810003");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kRf, 1234561)), "RF0212345614");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kKidMod10, 1234567)), "12345674");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kKidMod11, 1234567)), "12345674");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kKidMod11, 1009)), "1009-");
  EXPECT_TRUE(ValidateRfReference(Ref(ReferenceFor(ReferenceScheme::kRf, 1000))).ok());
}

TEST(ReferenceFor, TheSmallestAndLargestNumbersWork) {
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kFi, 100)), "1009");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kKidMod10, 1)), "18");
  EXPECT_EQ(Ref(ReferenceFor(ReferenceScheme::kKidMod11, 1)), "19");
  constexpr long long kLargest = 9'223'372'036'854'775'807;  // 19 digits: the longest Finnish base
  EXPECT_TRUE(ValidateFinnishReference(Ref(ReferenceFor(ReferenceScheme::kFi, kLargest))).ok());
  EXPECT_TRUE(ValidateRfReference(Ref(ReferenceFor(ReferenceScheme::kRf, kLargest))).ok());
  EXPECT_TRUE(ValidateKidMod10(Ref(ReferenceFor(ReferenceScheme::kKidMod10, kLargest))).ok());
  EXPECT_TRUE(ValidateKidMod11(Ref(ReferenceFor(ReferenceScheme::kKidMod11, kLargest))).ok());
}

TEST(ReferenceFor, RefusesNumbersTooSmallForTheScheme) {
  for (auto scheme : {ReferenceScheme::kFi, ReferenceScheme::kRf}) {
    const auto result = ReferenceFor(scheme, 99);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().fields.at(0).field, "invoice_number");
  }
  for (auto scheme :
       {ReferenceScheme::kFi, ReferenceScheme::kRf, ReferenceScheme::kKidMod10, ReferenceScheme::kKidMod11}) {
    EXPECT_FALSE(ReferenceFor(scheme, 0).ok());
    EXPECT_FALSE(ReferenceFor(scheme, -1000).ok());
  }
}

TEST(ReferenceFor, DistinctNumbersGiveDistinctReferences) {
  // The base is the number itself, so the reference minus its check characters gives the number back.
  for (long long number : {100LL, 101LL, 1000LL, 10000LL, 100000LL}) {
    const std::string fi = Ref(ReferenceFor(ReferenceScheme::kFi, number));
    EXPECT_EQ(fi.substr(0, fi.size() - 1), std::to_string(number));
    const std::string rf = Ref(ReferenceFor(ReferenceScheme::kRf, number));
    EXPECT_EQ(rf.substr(4), fi);
  }
}

}  // namespace
}  // namespace clientele::invoicing
