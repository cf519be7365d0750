#include "app/upload_slots.hpp"

#include <gtest/gtest.h>

namespace clientele::app {
namespace {

TEST(UploadSlots, CapsEachUsersUploadsInProgress) {
  UploadSlots slots(2);
  auto first = slots.TryAcquire(UserId(7));
  auto second = slots.TryAcquire(UserId(7));
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_FALSE(slots.TryAcquire(UserId(7)));
  EXPECT_TRUE(slots.TryAcquire(UserId(8)));  // another user is not affected
  first.reset();
  EXPECT_TRUE(slots.TryAcquire(UserId(7)));
}

}  // namespace
}  // namespace clientele::app
