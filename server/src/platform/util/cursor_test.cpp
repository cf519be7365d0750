#include "platform/util/cursor.hpp"

#include <gtest/gtest.h>

namespace clientele::util {
namespace {

TEST(Cursor, RoundTripsItsParts) {
  auto c = EncodeCursor({"oy nokia ab", "42"});
  auto parts = DecodeCursor(c, 2);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ((*parts)[0], "oy nokia ab");
  EXPECT_EQ((*parts)[1], "42");
}

TEST(Cursor, RefusesForeignOrMalformedCursors) {
  EXPECT_FALSE(DecodeCursor("not base64!", 2).has_value());
  EXPECT_FALSE(DecodeCursor(EncodeCursor({"only one"}), 2).has_value());
  EXPECT_FALSE(DecodeCursor("", 1).has_value());
}

}  // namespace
}  // namespace clientele::util
