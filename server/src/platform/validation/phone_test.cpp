#include "platform/validation/phone.hpp"
#include "platform/validation/language.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(Phone, AcceptsNumbersAsPeopleWriteThem) {
  EXPECT_FALSE(CheckPhone("+358 40 123 4567"));
  EXPECT_FALSE(CheckPhone("(09) 123-456"));
  EXPECT_FALSE(CheckPhone("040/123.456"));
}

TEST(Phone, RefusesLettersEmptyTooLongAndDigitless) {
  EXPECT_TRUE(CheckPhone("call me"));
  EXPECT_TRUE(CheckPhone(""));
  EXPECT_TRUE(CheckPhone(std::string(51, '1')));
  EXPECT_FALSE(CheckPhone(std::string(50, '1')));
  EXPECT_TRUE(CheckPhone("+ - ()"));
  EXPECT_TRUE(CheckPhone("040\n123"));
}

TEST(Language, KnowsIso639Dash1Codes) {
  EXPECT_TRUE(IsLanguageCode("fi"));
  EXPECT_TRUE(IsLanguageCode("sv"));
  EXPECT_TRUE(IsLanguageCode("zu"));
  EXPECT_FALSE(IsLanguageCode("FI"));
  EXPECT_FALSE(IsLanguageCode("xx"));
  EXPECT_FALSE(IsLanguageCode("fin"));
  EXPECT_FALSE(IsLanguageCode(""));
}

}  // namespace
}  // namespace clientele::validation
