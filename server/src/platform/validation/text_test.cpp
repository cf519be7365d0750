#include "platform/validation/text.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(Text, CheckLineCountsCharactersNotBytes) {
  EXPECT_EQ(CheckLine(std::string(200, 'a'), 200), std::nullopt);
  EXPECT_NE(CheckLine(std::string(201, 'a'), 200), std::nullopt);
  std::string umlauts;
  for (int i = 0; i < 200; ++i) umlauts += "\xC3\xA4";  // 200 × ä = 400 bytes
  EXPECT_EQ(CheckLine(umlauts, 200), std::nullopt);
}

TEST(Text, CheckLineRefusesEmptyAndControlCharacters) {
  EXPECT_NE(CheckLine("", 10), std::nullopt);
  EXPECT_EQ(CheckLine("", 10, true), std::nullopt);
  EXPECT_NE(CheckLine("a\nb", 10), std::nullopt);
}

TEST(Text, TrimOptionalTurnsBlankIntoAbsent) {
  std::optional<std::string> padded = "  Acme  ", blank = "   ", none;
  TrimOptional(padded);
  TrimOptional(blank);
  TrimOptional(none);
  EXPECT_EQ(padded, "Acme");
  EXPECT_FALSE(blank.has_value());
  EXPECT_FALSE(none.has_value());
}

TEST(Text, CheckOptionalLineNamesTheFieldOnlyWhenSetAndWrong) {
  std::vector<FieldError> errors;
  CheckOptionalLine(std::nullopt, "title", 5, errors);
  CheckOptionalLine(std::string("ok"), "title", 5, errors);
  EXPECT_TRUE(errors.empty());
  CheckOptionalLine(std::string("too long"), "title", 5, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "title");
}

TEST(Text, FoldCaseLowersAsciiAndNordicCapitals) {
  EXPECT_EQ(FoldCase("Oy NOKIA Ab"), "oy nokia ab");
  EXPECT_EQ(FoldCase("\xC3\x84\xC3\x85\xC3\x96\xC3\x98"), "\xC3\xA4\xC3\xA5\xC3\xB6\xC3\xB8");  // ÄÅÖØ → äåöø
}

TEST(Text, EmailsAreChecked) {
  EXPECT_EQ(CheckEmail("info@nokia.com"), std::nullopt);
  EXPECT_NE(CheckEmail("info@nokia"), std::nullopt);
  EXPECT_NE(CheckEmail("nokia.com"), std::nullopt);
  EXPECT_NE(CheckEmail("a@b@c.com"), std::nullopt);
  EXPECT_NE(CheckEmail("a b@c.com"), std::nullopt);
}

TEST(Text, WebsitesMustBeHttpUrlsWithAHost) {
  EXPECT_EQ(CheckWebUrl("https://www.nokia.com"), std::nullopt);
  EXPECT_EQ(CheckWebUrl("HTTP://example.fi/path?q=1"), std::nullopt);
  EXPECT_NE(CheckWebUrl("javascript:alert(1)"), std::nullopt);
  EXPECT_NE(CheckWebUrl("www.nokia.com"), std::nullopt);
  EXPECT_NE(CheckWebUrl("https://localhost"), std::nullopt);
}

TEST(Text, CountryCodesAreIsoAlpha2) {
  EXPECT_TRUE(IsCountryCode("FI"));
  EXPECT_TRUE(IsCountryCode("NO"));
  EXPECT_FALSE(IsCountryCode("fi"));
  EXPECT_FALSE(IsCountryCode("XX"));
  EXPECT_FALSE(IsCountryCode("FIN"));
}

}  // namespace
}  // namespace clientele::validation
