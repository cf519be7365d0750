#include "features/invoicing/virtual_barcode.hpp"

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "platform/validation/money.hpp"

namespace clientele::invoicing {
namespace {

// One worked example of the bank bar code guide.
struct Example {
  std::string_view iban;
  std::int64_t cents;
  std::string_view reference;
  std::optional<std::string_view> due;
  std::string_view barcode;
};

// The worked examples of Finance Finland's "Pankkiviivakoodi-opas" (bank bar code guide) v5.3, §13.1 and
// §13.2. The PDF itself was not reachable from here; these are the examples as several independent public
// implementations transcribe them (their tests agree digit for digit, and also with the guide's Code 128
// symbol-pair tables). Every reference below also passes our own check-digit validation.
constexpr Example kVersion4[] = {
    {"FI79 4405 2020 0360 82", 488315, "86851 62596 19897", "2010-06-12",
     "479440520200360820048831500000000868516259619897100612"},
    {"FI58 1017 1000 0001 22", 48299, "55958 22432 94671", "2012-01-31",
     "458101710000001220004829900000000559582243294671120131"},
    {"FI02 5000 4640 0013 02", 69380, "69 87567 20834 35364", "2011-07-24",
     "402500046400013020006938000000069875672083435364110724"},
    {"FI15 6601 0001 5306 41", 744454, "7 75847 47906 47489", "2019-12-19",
     "415660100015306410074445400000007758474790647489191219"},
    {"FI16 8000 1400 0502 67", 93585, "78 77767 96566 28687", std::nullopt,
     "416800014000502670009358500000078777679656628687000000"},
    {"FI73 3131 3001 0000 58", 0, "8 68624", "2013-08-09",
     "473313130010000580000000000000000000000000868624130809"},
    {"FI83 3301 0001 1007 75", 15000020, "92125 37425 25398 97737", "2016-05-25",
     "483330100011007751500002000092125374252539897737160525"},
    {"FI39 3636 3002 0924 92", 103, "5907 38390", "2023-03-11",
     "439363630020924920000010300000000000000590738390230311"},
    {"FI92 3939 0001 0033 91", 2, "13 57914", "2099-12-24",
     "492393900010033910000000200000000000000001357914991224"},
};

constexpr Example kVersion5[] = {
    {"FI79 4405 2020 0360 82", 488315, "RF09 8685 1625 9619 897", "2010-06-12",
     "579440520200360820048831509000000868516259619897100612"},
    {"FI58 1017 1000 0001 22", 48299, "RF06 5595 8224 3294 671", "2010-01-31",
     "558101710000001220004829906000000559582243294671100131"},
    {"FI02 5000 4640 0013 02", 69380, "RF61 6987 5672 0839", "2011-07-24",
     "502500046400013020006938061000000000698756720839110724"},
    {"FI15 6601 0001 5306 41", 744454, "RF84 7758 4747 9064 7489", "2019-12-19",
     "515660100015306410074445484000007758474790647489191219"},
    {"FI16 8000 1400 0502 67", 93585, "RF60 7877 7679 6566 2868 7", std::nullopt,
     "516800014000502670009358560000078777679656628687000000"},
    {"FI73 3131 3001 0000 58", 0, "RF10 8686 24", "2013-08-09",
     "573313130010000580000000010000000000000000868624130809"},
    {"FI83 3301 0001 1007 75", 15000020, "RF71 9212 5374 2525 3989 7737", "2016-05-25",
     "583330100011007751500002071092125374252539897737160525"},
    {"FI39 3636 3002 0924 92", 103, "RF66 5907 3839 0", "2023-03-11",
     "539363630020924920000010366000000000000590738390230311"},
    {"FI92 3939 0001 0033 91", 2, "RF95 1357 914", "2099-12-24",
     "592393900010033910000000295000000000000001357914991224"},
};

std::string Barcode(const Example& e) {
  auto result = VirtualBarcode(e.iban, e.cents, e.reference, e.due);
  return result.ok() ? result.value() : "<error: " + result.error().message + ">";
}

// The field an error names, or "" when there was none.
std::string FailingField(const Result<std::string>& result) {
  if (result.ok() || result.error().fields.empty()) return "";
  return result.error().fields.front().field;
}

constexpr std::string_view kIban = "FI79 4405 2020 0360 82";
constexpr std::string_view kReference = "86851 62596 19897";

TEST(VirtualBarcode, MatchesTheGuideVersion4Examples) {
  for (const auto& example : kVersion4) {
    EXPECT_EQ(Barcode(example), example.barcode) << example.reference;
    EXPECT_EQ(Barcode(example).size(), 54u);
  }
}

TEST(VirtualBarcode, MatchesTheGuideVersion5Examples) {
  for (const auto& example : kVersion5) {
    EXPECT_EQ(Barcode(example), example.barcode) << example.reference;
    EXPECT_EQ(Barcode(example).size(), 54u);
  }
}

TEST(VirtualBarcode, TakesTheElectronicFormsToo) {
  EXPECT_EQ(Barcode({"FI7944052020036082", 488315, "868516259619897", "2010-06-12", ""}),
            kVersion4[0].barcode);
  EXPECT_EQ(Barcode({"fi79 4405 2020 0360 82", 488315, "rf09868516259619897", "2010-06-12", ""}),
            kVersion5[0].barcode);
}

TEST(VirtualBarcode, AnAmountBeyondTheFieldIsWrittenAsZeros) {
  // 999 999.99 still fits; one cent more does not, and the guide wants zeros for the payer to fill in.
  EXPECT_EQ(VirtualBarcode(kIban, 99'999'999, kReference, std::nullopt).value().substr(17, 8), "99999999");
  EXPECT_EQ(VirtualBarcode(kIban, 100'000'000, kReference, std::nullopt).value().substr(17, 8), "00000000");
  EXPECT_EQ(
      VirtualBarcode(kIban, validation::kMaxMoneyAmount, kReference, std::nullopt).value().substr(17, 8),
      "00000000");
}

TEST(VirtualBarcode, RefusesAmountsOutsideTheMoneyRange) {
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, -1, kReference, std::nullopt)), "amount");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, validation::kMaxMoneyAmount + 1, kReference, std::nullopt)),
            "amount");
}

TEST(VirtualBarcode, RefusesAnythingButAValidFinnishIban) {
  EXPECT_EQ(FailingField(VirtualBarcode("DE79 4405 2020 0360 82", 100, kReference, std::nullopt)), "iban");
  EXPECT_EQ(FailingField(VirtualBarcode("DE89 3704 0044 0532 0130 00", 100, kReference, std::nullopt)),
            "iban");
  EXPECT_EQ(FailingField(VirtualBarcode("FI79 4405 2020 0360 8", 100, kReference, std::nullopt)), "iban");
  EXPECT_EQ(FailingField(VirtualBarcode("FI79 4405 2020 0360 822", 100, kReference, std::nullopt)), "iban");
  EXPECT_EQ(FailingField(VirtualBarcode("FI79 4405 2020 0360 8X", 100, kReference, std::nullopt)), "iban");
  EXPECT_EQ(FailingField(VirtualBarcode("", 100, kReference, std::nullopt)), "iban");
  const auto wrong_check = VirtualBarcode("FI78 4405 2020 0360 82", 100, kReference, std::nullopt);
  EXPECT_EQ(FailingField(wrong_check), "iban");
  EXPECT_NE(wrong_check.error().message.find("check digits"), std::string::npos);
}

TEST(VirtualBarcode, RefusesInvalidReferences) {
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, "86851 62596 19898", std::nullopt)), "reference");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, "", std::nullopt)), "reference");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, "123", std::nullopt)), "reference");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, "RF08 8685 1625 9619 897", std::nullopt)), "reference");
  // A valid RF reference with letters in its body cannot go into an all-digit bar code.
  const auto letters = VirtualBarcode(kIban, 100, "RF45G72UUR", std::nullopt);
  EXPECT_EQ(FailingField(letters), "reference");
  EXPECT_NE(letters.error().message.find("numeric"), std::string::npos);
}

TEST(VirtualBarcode, RefusesAnInvalidDueDate) {
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, kReference, "2010-02-30")), "due_date");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, kReference, "12.6.2010")), "due_date");
  EXPECT_EQ(FailingField(VirtualBarcode(kIban, 100, kReference, "")), "due_date");
}

}  // namespace
}  // namespace clientele::invoicing
