#include "platform/db/dialect.hpp"

#include <gtest/gtest.h>

namespace clientele::db {
namespace {

TEST(Dialect, Fts5PhraseQuotesTheTerm) {
  EXPECT_EQ(Fts5Phrase("kia"), "\"kia\"");
  EXPECT_EQ(Fts5Phrase("a\"b"), "\"a\"\"b\"");
}

TEST(Dialect, LikeContainsEscapesWildcards) { EXPECT_EQ(LikeContains("50%_off\\"), "%50\\%\\_off\\\\%"); }

TEST(Dialect, PrefixEndSortsAfterEveryExtension) {
  const std::string end = PrefixEnd("ab");
  EXPECT_LT(std::string("ab"), end);
  EXPECT_LT(std::string("abzzzz"), end);
  EXPECT_LT(std::string("ab\xC3\xB6"), end);
  EXPECT_GT(std::string("ac"), end);
}

}  // namespace
}  // namespace clientele::db
