#include "platform/http/url.hpp"

#include <gtest/gtest.h>

namespace clientele::http {
namespace {

TEST(PercentDecode, DecodesEscapesAndPlusInQueries) {
  EXPECT_EQ(PercentDecode("Oy%20Nokia+Ab", true), "Oy Nokia Ab");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("%C3%A4", false), "\xC3\xA4");
}

TEST(PercentDecode, RejectsBrokenEscapesAndNulBytes) {
  EXPECT_EQ(PercentDecode("%", true), std::nullopt);
  EXPECT_EQ(PercentDecode("%4", true), std::nullopt);
  EXPECT_EQ(PercentDecode("%zz", true), std::nullopt);
  EXPECT_EQ(PercentDecode("a%00b", true), std::nullopt);
}

TEST(ParseQuery, SplitsPairsAndKeepsTheFirstOfRepeatedNames) {
  auto q = ParseQuery("q=kia&limit=20&flag&q=other&&empty=");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->at("q"), "kia");
  EXPECT_EQ(q->at("limit"), "20");
  EXPECT_EQ(q->at("flag"), "");
  EXPECT_EQ(q->at("empty"), "");
  EXPECT_EQ(q->size(), 4u);
}

TEST(ParseQuery, FailsOnABrokenEscape) { EXPECT_FALSE(ParseQuery("q=%G1").has_value()); }

TEST(ParseCookies, ReadsNameValuePairsWithSpacesAndQuotes) {
  auto c = ParseCookies("clientele_session=abc123; theme=\"dark\";  x=1=2; bad; =novalue");
  EXPECT_EQ(c.at("clientele_session"), "abc123");
  EXPECT_EQ(c.at("theme"), "dark");
  EXPECT_EQ(c.at("x"), "1=2");
  EXPECT_EQ(c.count("bad"), 0u);
  EXPECT_EQ(c.size(), 3u);
}

}  // namespace
}  // namespace clientele::http
