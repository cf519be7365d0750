#include "platform/http/connection_limits.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace clientele::http {
namespace {

TEST(ConnectionLimits, CapsConnectionsPerAddressAndGivesPlacesBack) {
  auto limits = std::make_shared<ConnectionLimits>(10, 2);
  auto a1 = limits->TryOpen("10.0.0.1");
  auto a2 = limits->TryOpen("10.0.0.1");
  ASSERT_TRUE(a1 && a2);
  EXPECT_EQ(limits->TryOpen("10.0.0.1"), nullptr);
  EXPECT_NE(limits->TryOpen("10.0.0.2"), nullptr);  // another client is not affected
  a1.reset();
  EXPECT_NE(limits->TryOpen("10.0.0.1"), nullptr);
}

TEST(ConnectionLimits, CapsConnectionsInAll) {
  auto limits = std::make_shared<ConnectionLimits>(3, 0);
  std::vector<std::shared_ptr<ConnectionSlot>> open;
  for (const char* address : {"a", "b", "c"}) open.push_back(limits->TryOpen(address));
  for (const auto& slot : open) ASSERT_NE(slot, nullptr);
  EXPECT_EQ(limits->open(), 3u);
  EXPECT_EQ(limits->TryOpen("d"), nullptr);
  open.clear();
  EXPECT_EQ(limits->open(), 0u);
  EXPECT_NE(limits->TryOpen("d"), nullptr);
}

}  // namespace
}  // namespace clientele::http
