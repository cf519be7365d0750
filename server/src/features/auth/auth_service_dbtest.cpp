#include "features/auth/auth_service.hpp"

#include <gtest/gtest.h>

#include "features/users/user_service.hpp"
#include "support/test_database.hpp"

namespace clientele::auth {
namespace {

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    users::UserService users(database_.db());
    (void)users.CreateOrganization("Acme");
    (void)users.CreateUserInOrganization("Acme", "Consultant",
                                         users::NewUser{"c@acme.test", "C", RoleId(), "a-long-password"});
  }
  testing::TestDatabase database_;
};

TEST_F(AuthServiceTest, ASessionIdleLongerThanThePolicyIsExpiredAndRemoved) {
  SessionPolicy idle_zero;
  idle_zero.idle = std::chrono::seconds(0);
  AuthService auth(database_.db(), idle_zero);
  auto signed_in = auth.Login("c@acme.test", "a-long-password");
  ASSERT_TRUE(signed_in.ok());
  auto first = auth.AuthenticateSession(signed_in->session_token);
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().code, ErrorCode::kUnauthenticated);
  EXPECT_NE(first.error().message.find("expired"), std::string::npos);
  // The expired session is gone, not merely refused.
  AuthService lenient(database_.db());
  EXPECT_FALSE(lenient.AuthenticateSession(signed_in->session_token).ok());
}

TEST_F(AuthServiceTest, ASessionPastItsAbsoluteLifetimeIsExpired) {
  SessionPolicy short_lived;
  short_lived.absolute = std::chrono::seconds(-1);
  AuthService auth(database_.db(), short_lived);
  auto signed_in = auth.Login("c@acme.test", "a-long-password");
  ASSERT_TRUE(signed_in.ok());
  EXPECT_FALSE(auth.AuthenticateSession(signed_in->session_token).ok());
}

TEST_F(AuthServiceTest, AFreshSessionCarriesTheRolesPermissions) {
  AuthService auth(database_.db());
  auto signed_in = auth.Login("c@acme.test", "a-long-password");
  ASSERT_TRUE(signed_in.ok());
  auto principal = auth.AuthenticateSession(signed_in->session_token);
  ASSERT_TRUE(principal.ok());
  EXPECT_EQ(principal->permissions.customers.edit, Scope::kOwn);
  EXPECT_FALSE(principal->csrf_token.empty());
}

}  // namespace
}  // namespace clientele::auth
