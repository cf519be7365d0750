#include "platform/http/router.hpp"

#include <gtest/gtest.h>

namespace clientele::http {
namespace {

Handler Reply(int status) {
  return [status](RequestContext&) {
    Response r;
    r.status = status;
    return r;
  };
}

Router MakeRouter() {
  Router router;
  router.Add(Method::kGet, "/api/v1/customers", Access::kSignedIn, {}, Reply(1));
  router.Add(Method::kGet, "/api/v1/customers/{id}", Access::kSignedIn, {}, Reply(2));
  router.Add(Method::kPatch, "/api/v1/customers/{id}", Access::kSignedIn, {}, Reply(3));
  router.Add(Method::kGet, "/api/v1/customers/{id}/card", Access::kSignedIn, {}, Reply(4));
  return router;
}

TEST(Router, MatchesLiteralAndCapturedSegments) {
  Router router = MakeRouter();
  auto m = router.Match(Method::kGet, "/api/v1/customers/42/card");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/api/v1/customers/{id}/card");
  EXPECT_EQ(m.params.at("id"), "42");
}

TEST(Router, DistinguishesMethodsOnOnePath) {
  Router router = MakeRouter();
  EXPECT_EQ(router.Match(Method::kPatch, "/api/v1/customers/7").route->method, Method::kPatch);
  EXPECT_EQ(router.Match(Method::kGet, "/api/v1/customers/7").route->method, Method::kGet);
}

TEST(Router, ReportsAKnownPathWithAnotherMethod) {
  Router router = MakeRouter();
  auto m = router.Match(Method::kDelete, "/api/v1/customers");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.path_known);
}

TEST(Router, HeadUsesTheGetRoute) {
  Router router = MakeRouter();
  EXPECT_NE(router.Match(Method::kHead, "/api/v1/customers").route, nullptr);
}

TEST(Router, DoesNotMatchEmptyCapturesOrExtraSegments) {
  Router router = MakeRouter();
  EXPECT_EQ(router.Match(Method::kGet, "/api/v1/customers/").route, nullptr);
  EXPECT_EQ(router.Match(Method::kGet, "/api/v1/customers/1/card/x").route, nullptr);
  EXPECT_FALSE(router.Match(Method::kGet, "/nothing").path_known);
}

TEST(Router, CapturesAFileNameBeforeAFixedSuffix) {
  Router router;
  router.Add(Method::kGet, "/calendar/{token}.ics", Access::kPublic, {}, Reply(1));
  auto m = router.Match(Method::kGet, "/calendar/abc-DEF_1.ics");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("token"), "abc-DEF_1");
  EXPECT_EQ(router.Match(Method::kGet, "/calendar/.ics").route, nullptr) << "empty capture";
  EXPECT_EQ(router.Match(Method::kGet, "/calendar/abc.ical").route, nullptr);
  EXPECT_EQ(router.Match(Method::kGet, "/calendar/abc").route, nullptr);
}

TEST(Router, RefusesDuplicateRegistrations) {
  Router router = MakeRouter();
  EXPECT_THROW(router.Add(Method::kGet, "/api/v1/customers", Access::kPublic, {}, Reply(0)),
               std::invalid_argument);
}

TEST(RequestContext, PathIdAcceptsOnlyPositiveIntegers) {
  Request req;
  RequestContext ctx{
      req, {{"id", "42"}, {"neg", "-1"}, {"text", "abc"}, {"big", "99999999999999999999"}}, {}, {}};
  EXPECT_EQ(ctx.PathId("id").value(), 42);
  EXPECT_EQ(ctx.PathId("neg").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(ctx.PathId("text").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(ctx.PathId("big").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace clientele::http
