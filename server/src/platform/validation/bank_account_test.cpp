#include "platform/validation/bank_account.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(Iban, AcceptsValidIbansAsPeopleWriteThem) {
  EXPECT_EQ(CheckIban("FI21 1234 5600 0007 85").value, "FI2112345600000785");
  EXPECT_EQ(CheckIban("fi2112345600000785").value, "FI2112345600000785");
  EXPECT_EQ(CheckIban("NO93 8601 1117 947").value, "NO9386011117947");
  EXPECT_EQ(CheckIban("DE89 3704 0044 0532 0130 00").value, "DE89370400440532013000");
  EXPECT_EQ(CheckIban("GB29 NWBK 6016 1331 9268 19").value, "GB29NWBK60161331926819");
  EXPECT_EQ(CheckIban("SE45 5000 0000 0583 9825 7466").value, "SE4550000000058398257466");
}

TEST(Iban, RefusesWrongChecksumLengthCountryAndCharacters) {
  EXPECT_FALSE(CheckIban("FI21 1234 5600 0007 86").value) << "checksum";
  EXPECT_FALSE(CheckIban("FI21 1234 5600 0007 8").value) << "too short for FI";
  EXPECT_FALSE(CheckIban("NO93 8601 1117 9470").value) << "too long for NO";
  EXPECT_FALSE(CheckIban("XX21 1234 5600 0007 85").value) << "unknown country";
  EXPECT_FALSE(CheckIban("FI21-1234-5600-0007-85").value) << "dashes";
  EXPECT_FALSE(CheckIban("").value);
  EXPECT_FALSE(CheckIban("FI").value);
  EXPECT_NE(CheckIban("FI21 1234 5600 0007 86").error, "");
}

TEST(Bic, AcceptsEightOrElevenCharacters) {
  EXPECT_EQ(CheckBic("nditfihh").value, "NDITFIHH");
  EXPECT_EQ(CheckBic("DNBA NOKK XXX").value, "DNBANOKKXXX");
  EXPECT_FALSE(CheckBic("NDITFIH").value);
  EXPECT_FALSE(CheckBic("NDITFIHH1").value);
  EXPECT_FALSE(CheckBic("ND1TFIHH").value) << "bank code is letters";
  EXPECT_FALSE(CheckBic("NDIT-IHH").value);
}

TEST(Iban, PrintsInGroupsOfFour) {
  EXPECT_EQ(FormatIban("FI2112345600000785"), "FI21 1234 5600 0007 85");
  EXPECT_EQ(NormalizeBankText(" fi21 12 "), "FI2112");
}

}  // namespace
}  // namespace clientele::validation
