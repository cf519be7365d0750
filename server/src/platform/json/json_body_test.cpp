#include "platform/json/json_body.hpp"

#include <gtest/gtest.h>

namespace clientele::json {
namespace {

TEST(ParseObject, AcceptsAnObject) {
  auto r = ParseObject(R"({"name": "Acme Oy", "n": 1})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value()["name"], "Acme Oy");
}

TEST(ParseObject, RefusesMalformedJsonAndOtherTopLevelTypes) {
  EXPECT_EQ(ParseObject("{\"name\": ").error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(ParseObject("[1, 2]").error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(ParseObject("").error().code, ErrorCode::kBadRequest);
}

TEST(ParseObject, RefusesNestingBeyondTheLimit) {
  std::string deep = "{\"a\":" + std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}";
  auto r = ParseObject(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(r.error().message.find("nesting"), std::string::npos);
}

TEST(ParseObject, IgnoresBracketsInsideStringsWhenCountingDepth) {
  std::string text = "{\"a\": \"" + std::string(100, '[') + "\\\"" + "\"}";
  EXPECT_TRUE(ParseObject(text).ok());
}

TEST(ObjectReader, DistinguishesAbsentNullAndValue) {
  Json j = Json::parse(R"({"email": null, "name": "Acme"})");
  ObjectReader r(j);
  auto email = r.String("email");
  auto name = r.String("name");
  auto phone = r.String("phone");
  EXPECT_TRUE(email.present);
  EXPECT_FALSE(email.value.has_value());
  EXPECT_EQ(name.value, "Acme");
  EXPECT_FALSE(phone.present);
  EXPECT_TRUE(r.Finish().ok());
}

TEST(ObjectReader, WrongTypeIsABadRequestNamingTheField) {
  Json j = Json::parse(R"({"version": "3"})");
  ObjectReader r(j);
  r.Int("version");
  auto s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kBadRequest);
  ASSERT_EQ(s.error().fields.size(), 1u);
  EXPECT_EQ(s.error().fields[0].field, "version");
}

TEST(ObjectReader, UnknownFieldsAreValidationErrors) {
  Json j = Json::parse(R"({"nmae": "typo", "name": "x"})");
  ObjectReader r(j);
  r.String("name");
  auto s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidationFailed);
  EXPECT_EQ(s.error().fields[0].field, "nmae");
}

TEST(ObjectReader, ReadsIntegerAndStringLists) {
  Json j = Json::parse(R"({"ids": [1, 2], "tags": ["a"], "bad": [1, "x"]})");
  ObjectReader r(j);
  EXPECT_EQ(r.IntList("ids").value->size(), 2u);
  EXPECT_EQ(r.StringList("tags").value->at(0), "a");
  r.IntList("bad");
  EXPECT_EQ(r.Finish().error().code, ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace clientele::json
