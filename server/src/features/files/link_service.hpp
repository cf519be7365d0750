#pragma once

#include <optional>
#include <string>

#include "features/customers/customer_service.hpp"
#include "features/files/link.hpp"
#include "features/files/link_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::files {

/// Links (http and https only) on the customer card and the project card. Viewing needs customers view,
/// adding, changing and deleting customers edit. A link of a project the caller may not see is 404 on every
/// route by its id, as it is missing from the lists.
class LinkService {
 public:
  LinkService(db::Database& db, customers::CustomerService& customers)
      : db_(db), access_(customers, projects_) {}

  void SetProjectPort(notes::ProjectPort port) { projects_ = std::move(port); }
  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }

  /// A customer's links and its projects' links, newest first.
  Result<Page<Link>> ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                     const PageRequest& page);
  Result<Page<Link>> ListForProject(const auth::Principal& caller, ProjectId project,
                                    const PageRequest& page);
  /// A link on the customer, or on one of its projects when `input.project_id` is set.
  Result<Link> CreateForCustomer(const auth::Principal& caller, CustomerId customer, const NewLink& input);
  Result<Link> CreateForProject(const auth::Principal& caller, ProjectId project, const NewLink& input);
  Result<Link> Update(const auth::Principal& caller, LinkId id, const LinkPatch& patch);
  Status Delete(const auth::Principal& caller, LinkId id);

  /// For CustomerService's attachment probe: "2 links", or nullopt when none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  using Scoper = std::function<Result<notes::CardScope>(soci::session&)>;
  Result<Page<Link>> List(const auth::Principal& caller, const PageRequest& page, const Scoper& scope);
  Result<Link> Create(const auth::Principal& caller, const NewLink& input, const Scoper& scope);
  Result<Link> Load(soci::session& sql, OrgId org, LinkId id);

  db::Database& db_;
  notes::ProjectPort projects_;
  notes::CardAccess access_;
  LinkRepository repo_;
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::files
