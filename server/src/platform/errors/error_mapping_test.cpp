#include "platform/errors/error_mapping.hpp"

#include <gtest/gtest.h>

namespace clientele {
namespace {

TEST(ErrorMapping, MapsEveryCodeToItsDocumentedStatus) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kBadRequest), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kPayloadTooLarge), 413);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kValidationFailed), 422);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnsupportedMediaType), 415);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kTooManyRequests), 429);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kBadGateway), 502);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kServiceUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
}

TEST(ErrorMapping, NamesCodesAsTheWireFormatSpellsThem) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kValidationFailed), "validation_failed");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kNotFound), "not_found");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kUnsupportedMediaType), "unsupported_media_type");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kTooManyRequests), "too_many_requests");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kPayloadTooLarge), "payload_too_large");
}

TEST(ErrorMapping, ValidationErrorNamesTheFirstFieldInItsMessage) {
  Error e = Error::Validation("vatNumber", "check digit is wrong");
  EXPECT_EQ(e.code, ErrorCode::kValidationFailed);
  ASSERT_EQ(e.fields.size(), 1u);
  EXPECT_EQ(e.fields[0].field, "vatNumber");
  EXPECT_EQ(e.message, "vatNumber: check digit is wrong");
}

}  // namespace
}  // namespace clientele
