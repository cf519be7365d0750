#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "features/customers/customer_service.hpp"
#include "features/notes/project_ref.hpp"
#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event.hpp"

namespace clientele::notes {

/// Where a note, file or link lives: on a customer, or on one of its projects (and so on its customer too).
struct CardScope {
  CustomerId customer;
  std::optional<ProjectId> project;
};

/// What the caller wants to do there: reading needs customers view, changing needs customers edit.
enum class Need { kView, kEdit };

/// Rights on the customer cards and project cards for notes, files and links (DESIGN.md §6: the customers
/// area covers them). A project's records also need the project itself to be visible to the caller.
class CardAccess {
 public:
  CardAccess(customers::CustomerService& customers, const ProjectPort& projects)
      : customers_(customers), projects_(projects) {}

  /// A customer's card (no project).
  Result<CardScope> Customer(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                             Need need);
  /// A customer's card with an optional project of that customer from the request body (422 on
  /// `projectId` when it is not one of the customer's projects).
  Result<CardScope> CustomerWithProject(soci::session& sql, const auth::Principal& caller,
                                        CustomerId customer, std::optional<std::int64_t> project_id,
                                        Need need);
  /// A project's card (404 when the project does not exist in the caller's organization, 403 when the caller
  /// may not see it).
  Result<CardScope> Project(soci::session& sql, const auth::Principal& caller, ProjectId project, Need need);
  /// The rights on an existing record's customer.
  Status Check(soci::session& sql, const auth::Principal& caller, CustomerId customer, Need need);
  /// The rights on an existing note, file or link (`record` has `customer` and `project`): its customer as
  /// Check, and when it is on a project, that the caller may see that project. A record of a project the
  /// caller may not see is `missing` (404), as the lists leave it out: no other rule (author, version) gets
  /// to answer, so neither the answer nor a 409's copy of the record tells anything about it.
  template <class T>
  Status Record(soci::session& sql, const auth::Principal& caller, const T& record, Need need,
                std::string_view missing) {
    std::optional<ProjectId> project;
    if (record.project) project = record.project->id;
    return RecordIn(sql, caller, record.customer, project, need, missing);
  }
  /// Whether the caller may edit everything on the customers area (e.g. delete anyone's note).
  static bool EditsAll(const auth::Principal& caller) {
    return caller.permissions.customers.edit == auth::Scope::kAll;
  }

  /// Who may see a record on `customer`'s card (and on `project`'s), for the event announcing its change.
  events::Audience AudienceOf(soci::session& sql, OrgId org, CustomerId customer,
                              std::optional<ProjectId> project);

  /// The change event of a note, file or link (`record` has `id`, `customer` and `project`).
  template <class T>
  events::Event EventOf(soci::session& sql, OrgId org, events::ChangeType type, events::Entity entity,
                        const T& record) {
    events::Event event;
    event.type = type;
    event.entity = entity;
    event.id = record.id.value;
    event.org = org;
    event.customer = record.customer;
    std::optional<ProjectId> project;
    if (record.project) project = record.project->id;
    if (project) event.project = project->value;
    event.audience = AudienceOf(sql, org, record.customer, project);
    return event;
  }

  /// Fills in number and name of every record's project (`project` holds the id), in one lookup.
  template <class T>
  void NameProjects(soci::session& sql, OrgId org, std::vector<T>& records) {
    const auto ids = ProjectIdsOf(records);
    if (ids.empty() || !projects_.names) return;
    Rename(records, projects_.names(sql, org, ids));
  }

  /// For a page of a list: names the projects and leaves out the records of projects the caller may not see
  /// (a page may so hold fewer records than asked for; its cursor still continues after the last one read).
  template <class T>
  void KeepVisibleProjects(soci::session& sql, const auth::Principal& caller, std::vector<T>& records) {
    const auto ids = ProjectIdsOf(records);
    if (ids.empty() || !projects_.visible_names) return;
    const auto by_id = Rename(records, projects_.visible_names(sql, caller, ids));
    std::erase_if(records, [&](const T& r) { return r.project && !by_id.contains(r.project->id.value); });
  }

 private:
  Status RecordIn(soci::session& sql, const auth::Principal& caller, CustomerId customer,
                  std::optional<ProjectId> project, Need need, std::string_view missing);

  template <class T>
  static std::vector<ProjectId> ProjectIdsOf(const std::vector<T>& records) {
    std::vector<ProjectId> ids;
    for (const auto& r : records)
      if (r.project && std::find(ids.begin(), ids.end(), r.project->id) == ids.end())
        ids.push_back(r.project->id);
    return ids;
  }

  /// Gives each record the number and name of its project among `found`; answers `found` by id.
  template <class T>
  static std::map<std::int64_t, ProjectRef> Rename(std::vector<T>& records, std::vector<ProjectRef> found) {
    std::map<std::int64_t, ProjectRef> by_id;
    for (auto& p : found) by_id[p.id.value] = std::move(p);
    for (auto& r : records) {
      if (!r.project) continue;
      auto it = by_id.find(r.project->id.value);
      if (it != by_id.end()) r.project = it->second;
    }
    return by_id;
  }

  customers::CustomerService& customers_;
  const ProjectPort& projects_;
};

}  // namespace clientele::notes
