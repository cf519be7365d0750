#include "platform/util/rank.hpp"

#include <algorithm>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace clientele::util::rank {
namespace {

TEST(Rank, FirstIsValidAndHasRoomOnBothSides) {
  const auto first = First();
  EXPECT_TRUE(IsValid(first));
  EXPECT_LT(Before(first), first);
  EXPECT_GT(After(first), first);
}

TEST(Rank, BetweenIsStrictlyBetween) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A", "B"}, {"A", "A1"}, {"V", "W"}, {"z", "zz"}, {"1", "2"}, {"Vz", "W"}, {"a", "a01"}};
  for (const auto& [a, b] : cases) {
    const auto mid = Between(a, std::string_view(b));
    EXPECT_LT(a, mid) << a << " " << b;
    EXPECT_LT(mid, b) << a << " " << b;
    EXPECT_TRUE(IsValid(mid)) << mid;
  }
}

TEST(Rank, AtTheEndsOfTheList) {
  EXPECT_LT(Before("1"), "1");
  EXPECT_TRUE(IsValid(Before("1")));
  EXPECT_GT(After("zzz"), "zzz");
  EXPECT_TRUE(IsValid(After("zzz")));
}

TEST(Rank, RepeatedInsertsAtOneSpotStayOrderedAndShort) {
  std::string low = First(), high = After(low);
  for (int i = 0; i < 200; ++i) {
    const auto mid = Between(low, std::string_view(high));
    ASSERT_LT(low, mid);
    ASSERT_LT(mid, high);
    (i % 2 ? low : high) = mid;
  }
  EXPECT_LT(high.size(), 60u);
}

TEST(Rank, RandomMovesKeepAStrictOrderWithoutRenumbering) {
  std::vector<std::string> list = {First()};
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    const std::size_t at = rng() % (list.size() + 1);  // insert before list[at]
    std::string r;
    if (at == 0)
      r = Before(list.front());
    else if (at == list.size())
      r = After(list.back());
    else
      r = Between(list[at - 1], std::string_view(list[at]));
    list.insert(list.begin() + static_cast<long>(at), r);
  }
  EXPECT_TRUE(std::is_sorted(list.begin(), list.end()));
  EXPECT_EQ(std::adjacent_find(list.begin(), list.end()), list.end()) << "no two equal";
}

TEST(Rank, AppendingAndPrependingStayShort) {
  std::string last = First(), first = First();
  for (int i = 0; i < 3000; ++i) {
    const auto next = After(last), previous = Before(first);
    ASSERT_LT(last, next);
    ASSERT_LT(previous, first);
    ASSERT_TRUE(IsValid(next)) << next;
    ASSERT_TRUE(IsValid(previous)) << previous;
    last = next;
    first = previous;
  }
  EXPECT_LE(last.size(), 110u);
  EXPECT_LE(first.size(), 110u);
}

TEST(Rank, RefusesReversedBounds) {
  EXPECT_THROW(Between("B", std::string_view("A")), std::invalid_argument);
  EXPECT_FALSE(IsValid("A0"));
  EXPECT_FALSE(IsValid("A-"));
  EXPECT_FALSE(IsValid(""));
}

}  // namespace
}  // namespace clientele::util::rank
