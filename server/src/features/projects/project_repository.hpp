#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/projects/project.hpp"
#include "platform/auth/permissions.hpp"
#include "platform/db/database.hpp"
#include "platform/db/query.hpp"

namespace clientele::projects {

/// Which projects a caller may see, as list queries apply it (DESIGN.md §6): the customer must be visible,
/// and the area of the project's state (sales for sales cases, projects otherwise) must allow it, where
/// "own" means owner, sales person or member.
struct Visibility {
  UserId user;
  bool customers_own_only = false;
  auth::Scope sales = auth::Scope::kAll;
  auth::Scope projects = auth::Scope::kAll;
};

/// Appends the visibility conditions over a `projects p` in the FROM clause. Other features' board queries
/// that join projects use it too, so the rule lives in one place.
void AppendVisibility(db::Query& q, const Visibility& v);

/// The projects, project_members and project_status_history tables. Every statement filters by
/// organization.
class ProjectRepository {
 public:
  explicit ProjectRepository(db::DbKind kind) : kind_(kind) {}

  std::int64_t NextNumber(soci::session& sql, OrgId org);
  ProjectId Insert(soci::session& sql, OrgId org, CustomerId customer, std::int64_t number,
                   const ProjectValues& values, ProjectState state,
                   const std::optional<std::string>& closed_date, UserId by, const std::string& now);
  /// With member names.
  std::optional<Project> Find(soci::session& sql, OrgId org, ProjectId id);
  /// Those of `ids` that exist in the organization, in any order.
  /// Those of `ids` that exist in the organization and, when `visible` is given, that it lets the caller see.
  std::vector<ProjectName> Names(soci::session& sql, OrgId org, const std::vector<ProjectId>& ids,
                                 const Visibility* visible = nullptr);
  /// Newest number first, after `before_number` when set; member ids only.
  std::vector<Project> List(soci::session& sql, OrgId org, const ProjectQuery& query, const Visibility& v,
                            int limit, std::optional<std::int64_t> before_number);
  bool Update(soci::session& sql, OrgId org, ProjectId id, std::int64_t version, const ProjectValues& values,
              ProjectState state, const std::optional<std::string>& closed_date, UserId by,
              const std::string& now);
  /// Throws the foreign-key violation when tasks still hang on the project.
  void Delete(soci::session& sql, OrgId org, ProjectId id);

  void AddHistory(soci::session& sql, OrgId org, ProjectId id, UserId by, const std::string& now,
                  std::optional<SalesStatusId> from_status, SalesStatusId to_status,
                  std::optional<ProjectState> from_state, ProjectState to_state);
  /// Newest first, before `before_id` when set.
  std::vector<StatusChange> History(soci::session& sql, OrgId org, ProjectId id, int limit,
                                    std::optional<std::int64_t> before_id);
  /// Per currency over the customer's visible sales cases with a value, exact for any number of them.
  std::vector<CurrencyTotals> Totals(soci::session& sql, OrgId org, CustomerId customer, const Visibility& v);
  /// How many projects the customer has (for the customer delete check).
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);

 private:
  db::DbKind kind_;
  void ReplaceMembers(soci::session& sql, OrgId org, ProjectId id, const std::vector<UserId>& members);
  void LoadMembers(soci::session& sql, OrgId org, std::vector<Project>& projects, bool names);
};

}  // namespace clientele::projects
