#include "platform/http/media_type.hpp"

#include <gtest/gtest.h>

namespace clientele::http {
namespace {

TEST(IsJsonMediaType, AcceptsJsonWithParametersInAnyCase) {
  EXPECT_TRUE(IsJsonMediaType("application/json"));
  EXPECT_TRUE(IsJsonMediaType("application/json; charset=utf-8"));
  EXPECT_TRUE(IsJsonMediaType("Application/JSON;charset=UTF-8"));
  EXPECT_TRUE(IsJsonMediaType(" application/merge-patch+json "));
}

TEST(IsJsonMediaType, RefusesWhatACrossSiteFormCanSend) {
  EXPECT_FALSE(IsJsonMediaType(std::nullopt));
  EXPECT_FALSE(IsJsonMediaType(""));
  EXPECT_FALSE(IsJsonMediaType("text/plain"));
  EXPECT_FALSE(IsJsonMediaType("application/x-www-form-urlencoded"));
  EXPECT_FALSE(IsJsonMediaType("multipart/form-data; boundary=x"));
  EXPECT_FALSE(IsJsonMediaType("text/json+plain"));
  EXPECT_FALSE(IsJsonMediaType("application/jsonp"));
}

}  // namespace
}  // namespace clientele::http
