#include "platform/auth/permissions.hpp"

#include <gtest/gtest.h>

namespace clientele::auth {
namespace {

TEST(Permissions, OwnScopeCoversOnlyOwnedRecords) {
  EXPECT_TRUE(Allows(Scope::kAll, Ownership::kNotOwned));
  EXPECT_TRUE(Allows(Scope::kOwn, Ownership::kOwned));
  EXPECT_FALSE(Allows(Scope::kOwn, Ownership::kNotOwned));
  EXPECT_FALSE(Allows(Scope::kNone, Ownership::kOwned));
}

TEST(Permissions, BuiltinRolesMatchTheDesign) {
  auto admin = BuiltinPermissions(BuiltinRole::kAdministrator);
  EXPECT_TRUE(admin.settings_manage);
  EXPECT_TRUE(admin.delete_customers);
  EXPECT_EQ(admin.financials.edit, Scope::kAll);

  auto manager = BuiltinPermissions(BuiltinRole::kManager);
  EXPECT_FALSE(manager.settings_manage);
  EXPECT_TRUE(manager.delete_customers);
  EXPECT_EQ(manager.customers.edit, Scope::kAll);

  auto consultant = BuiltinPermissions(BuiltinRole::kConsultant);
  EXPECT_EQ(consultant.customers.view, Scope::kAll);
  EXPECT_EQ(consultant.customers.edit, Scope::kOwn);
  EXPECT_EQ(consultant.financials.view, Scope::kAll);
  EXPECT_EQ(consultant.financials.edit, Scope::kNone);
  EXPECT_FALSE(consultant.delete_customers);

  auto read_only = BuiltinPermissions(BuiltinRole::kReadOnly);
  EXPECT_EQ(read_only.customers.view, Scope::kAll);
  EXPECT_EQ(read_only.customers.edit, Scope::kNone);
  EXPECT_EQ(read_only.financials.view, Scope::kNone);
}

TEST(Permissions, EditIsNeverWiderThanViewInBuiltinRoles) {
  for (auto role : {BuiltinRole::kAdministrator, BuiltinRole::kManager, BuiltinRole::kConsultant,
                    BuiltinRole::kReadOnly}) {
    auto p = BuiltinPermissions(role);
    for (auto area : {p.customers, p.sales, p.projects, p.financials}) {
      EXPECT_LE(static_cast<int>(area.edit), static_cast<int>(area.view)) << BuiltinRoleName(role);
    }
  }
}

TEST(Permissions, RoleAndScopeNamesRoundTrip) {
  EXPECT_EQ(ParseBuiltinRole("Read-only"), BuiltinRole::kReadOnly);
  EXPECT_EQ(ParseBuiltinRole("root"), std::nullopt);
  EXPECT_EQ(ParseScope("own"), Scope::kOwn);
  EXPECT_EQ(ParseScope("some"), std::nullopt);
  EXPECT_EQ(ScopeName(Scope::kAll), "all");
}

}  // namespace
}  // namespace clientele::auth
