#include "features/settings/time_zone.hpp"

#include <gtest/gtest.h>

namespace clientele::settings {
namespace {

TEST(CheckTimeZone, AcceptsIanaNames) {
  EXPECT_FALSE(CheckTimeZone("Europe/Helsinki"));
  EXPECT_FALSE(CheckTimeZone("America/Argentina/Buenos_Aires"));
  EXPECT_FALSE(CheckTimeZone("UTC"));
  EXPECT_FALSE(CheckTimeZone("Etc/GMT+2"));
}

TEST(CheckTimeZone, RefusesUnknownAndMalformedNames) {
  EXPECT_TRUE(CheckTimeZone("Europe/Atlantis"));
  EXPECT_TRUE(CheckTimeZone("europe/helsinki/"));
  EXPECT_TRUE(CheckTimeZone(""));
  EXPECT_TRUE(CheckTimeZone("+02:00"));
  EXPECT_TRUE(CheckTimeZone("Europe"));
  EXPECT_TRUE(CheckTimeZone("posixrules"));
}

TEST(CheckTimeZone, NeverLeavesTheZoneInfoDirectory) {
  EXPECT_TRUE(CheckTimeZone("../../etc/passwd"));
  EXPECT_TRUE(CheckTimeZone("/etc/localtime"));
  EXPECT_TRUE(CheckTimeZone("Europe/../Europe/Helsinki"));
  EXPECT_TRUE(CheckTimeZone("Europe//Helsinki"));
  EXPECT_TRUE(CheckTimeZone(".hidden"));
}

}  // namespace
}  // namespace clientele::settings
