#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "features/customers/customer_service.hpp"
#include "features/projects/project.hpp"
#include "features/projects/project_repository.hpp"
#include "features/statuses/status_service.hpp"
#include "features/users/user_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::projects {

/// Sales cases and projects: the won / lost rules, the status history, members, lists and the customer's
/// Sales & projects tab. Every call checks the caller's rights (DESIGN.md §6).
class ProjectService {
 public:
  ProjectService(db::Database& db, customers::CustomerService& customers, statuses::StatusService& statuses)
      : db_(db), customers_(customers), statuses_(statuses) {}

  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }
  /// What holds amounts in a project's currency ("prices or hour entries"); nullopt when nothing does.
  /// While anything does, the project's currency cannot change.
  using PricedRowsProbe = std::function<std::optional<std::string>(soci::session&, OrgId, ProjectId)>;
  void AddPricedRowsProbe(PricedRowsProbe probe) { priced_rows_.push_back(std::move(probe)); }

  Result<Project> Create(const auth::Principal& caller, const NewProject& input);
  Result<Project> Get(const auth::Principal& caller, ProjectId id);
  Result<Project> Update(const auth::Principal& caller, ProjectId id, const ProjectPatch& patch);
  /// Close (`closed` true) or reopen a project.
  Result<Project> SetClosed(const auth::Principal& caller, ProjectId id, std::optional<std::int64_t> version,
                            bool closed);
  Status Delete(const auth::Principal& caller, ProjectId id);
  Result<Page<Project>> List(const auth::Principal& caller, ProjectQuery query, const PageRequest& page);
  Result<Page<StatusChange>> History(const auth::Principal& caller, ProjectId id, const PageRequest& page);
  Result<CustomerProjects> ForCustomer(const auth::Principal& caller, CustomerId customer, int limit);

  /// For other features: the project if the caller may see it (404 / 403 otherwise).
  Result<Project> Visible(soci::session& sql, const auth::Principal& caller, ProjectId id);
  /// For other features: the project if the caller may change it and what hangs on it.
  Result<Project> Editable(soci::session& sql, const auth::Principal& caller, ProjectId id);
  /// For other features' records that mention projects: number, name and customer of those of `ids` that
  /// exist. Records are seen through their customer, so this applies no project rights.
  std::vector<ProjectName> Names(soci::session& sql, OrgId org, const std::vector<ProjectId>& ids) {
    return repo_.Names(sql, org, ids);
  }
  /// The same, keeping only the projects the caller may see (one query for a whole page of records).
  std::vector<ProjectName> VisibleNames(soci::session& sql, const auth::Principal& caller,
                                        const std::vector<ProjectId>& ids) {
    const Visibility v = VisibilityFor(caller);
    return repo_.Names(sql, caller.org, ids, &v);
  }
  /// For other features' lists over projects: what the caller may see.
  Visibility VisibilityFor(const auth::Principal& caller) const;
  /// For change events of the project and what hangs on it: whose the project and its customer are.
  events::Audience AudienceOf(soci::session& sql, OrgId org, const Project& project);
  /// For other features' change events: whose the project is; nullopt when it does not exist.
  std::optional<events::ProjectAudience> ProjectAudienceOf(soci::session& sql, OrgId org, ProjectId id);
  /// "2 projects" when the customer has any (a customer with projects cannot be deleted).
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  std::vector<FieldError> CheckValues(soci::session& sql, OrgId org, const ProjectValues& values,
                                      const ProjectValues* current);
  Result<statuses::SalesStatus> AssignableStatus(soci::session& sql, OrgId org, std::int64_t id,
                                                 std::optional<SalesStatusId> kept);
  Result<Page<Project>> ListIn(soci::session& sql, const auth::Principal& caller, const ProjectQuery& query,
                               const PageRequest& page);
  Error Stale(soci::session& sql, const auth::Principal& caller, ProjectId id);
  /// 409 on currency while a probe finds rows priced in the project's currency.
  Status CheckCurrencyFree(soci::session& sql, OrgId org, ProjectId id);
  events::Event EventOf(soci::session& sql, OrgId org, events::ChangeType type, const Project& project);

  db::Database& db_;
  customers::CustomerService& customers_;
  statuses::StatusService& statuses_;
  ProjectRepository repo_{db_.kind()};
  users::UserRepository users_{db_.kind()};
  events::Publisher* publisher_ = nullptr;
  std::vector<PricedRowsProbe> priced_rows_;
};

}  // namespace clientele::projects
