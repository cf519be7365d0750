#include "platform/validation/date.hpp"

#include <gtest/gtest.h>

namespace clientele::validation {
namespace {

TEST(CheckDate, AcceptsCalendarDates) {
  EXPECT_FALSE(CheckDate("2026-11-28"));
  EXPECT_FALSE(CheckDate("2024-02-29")) << "leap year";
  EXPECT_FALSE(CheckDate("2000-02-29")) << "divisible by 400";
}

TEST(CheckDate, RefusesOtherShapesAndImpossibleDays) {
  EXPECT_TRUE(CheckDate(""));
  EXPECT_TRUE(CheckDate("28.11.2026"));
  EXPECT_TRUE(CheckDate("2026-11-28T10:00:00Z"));
  EXPECT_TRUE(CheckDate("2026-13-01"));
  EXPECT_TRUE(CheckDate("2026-02-29"));
  EXPECT_TRUE(CheckDate("1900-02-29")) << "not a leap year";
  EXPECT_TRUE(CheckDate("2026-04-31"));
  EXPECT_TRUE(CheckDate("2026-0a-01"));
}

}  // namespace
}  // namespace clientele::validation
