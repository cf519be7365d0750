#include "features/projects/project_service.hpp"

#include <algorithm>

#include "features/projects/project_rules.hpp"
#include "platform/events/after_commit.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/money.hpp"
#include "platform/validation/text.hpp"

namespace clientele::projects {

using auth::Allows;
using auth::Ownership;
using auth::Scope;
using statuses::SalesStatus;

namespace {

constexpr std::size_t kMaxDescription = 5000;

const auth::AreaAccess& AreaOf(const auth::Principal& caller, ProjectState state) {
  return state == ProjectState::kSales ? caller.permissions.sales : caller.permissions.projects;
}

Ownership OwnershipOf(const auth::Principal& caller, const ProjectValues& v) {
  const bool own = v.owner == caller.user || v.sales_person == caller.user ||
                   std::find(v.members.begin(), v.members.end(), caller.user) != v.members.end();
  return own ? Ownership::kOwned : Ownership::kNotOwned;
}

Status CheckEdit(const auth::Principal& caller, ProjectState state, const ProjectValues& v) {
  if (!Allows(AreaOf(caller, state).edit, OwnershipOf(caller, v))) {
    return Error::Forbidden(state == ProjectState::kSales ? "You may not edit this sales case"
                                                          : "You may not edit this project");
  }
  return Ok();
}

std::optional<std::string> Trimmed(std::optional<std::string> value) {
  validation::TrimOptional(value);
  return value;
}

void CheckMoney(const std::optional<Money>& money, std::vector<FieldError>& errors) {
  if (!money) return;
  if (auto e = validation::CheckMoneyAmount(money->amount)) errors.push_back({"expectedValue.amount", *e});
  if (auto e = validation::CheckCurrencyCode(money->currency))
    errors.push_back({"expectedValue.currency", *e});
}

void CheckOptionalDate(const std::optional<std::string>& date, const char* field,
                       std::vector<FieldError>& errors) {
  if (!date) return;
  if (auto e = validation::CheckDate(*date)) errors.push_back({field, *e});
}

std::vector<UserId> Members(const std::vector<std::int64_t>& ids) {
  std::vector<UserId> out;
  for (auto id : ids) out.push_back(UserId(id));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::int64_t> DecodeNumber(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 1);
  if (!parts) return std::nullopt;
  try {
    return std::stoll((*parts)[0]);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

StatusOutcome OutcomeOf(const Project& p) {
  return {p.state, p.values.probability, p.values.expected_order_date, p.closed_date};
}

}  // namespace

Visibility ProjectService::VisibilityFor(const auth::Principal& caller) const {
  Visibility v;
  v.user = caller.user;
  v.customers_own_only = caller.permissions.customers.view == Scope::kOwn;
  v.sales = caller.permissions.sales.view;
  v.projects = caller.permissions.projects.view;
  return v;
}

Result<Project> ProjectService::Visible(soci::session& sql, const auth::Principal& caller, ProjectId id) {
  auto project = repo_.Find(sql, caller.org, id);
  if (!project) return Error::NotFound("No such project");
  CLIENTELE_CHECK(customers_.Visible(sql, caller, project->customer));
  if (!Allows(AreaOf(caller, project->state).view, OwnershipOf(caller, project->values))) {
    return Error::Forbidden(project->state == ProjectState::kSales ? "You may not view this sales case"
                                                                   : "You may not view this project");
  }
  return std::move(*project);
}

Result<Project> ProjectService::Editable(soci::session& sql, const auth::Principal& caller, ProjectId id) {
  CLIENTELE_TRY(project, Visible(sql, caller, id));
  CLIENTELE_CHECK(CheckEdit(caller, project.state, project.values));
  return project;
}

namespace {

events::ProjectAudience ProjectAudience(const Project& p) {
  return {p.state == ProjectState::kSales, p.values.owner, p.values.sales_person, p.values.members};
}

}  // namespace

events::Audience ProjectService::AudienceOf(soci::session& sql, OrgId org, const Project& project) {
  return {customers_.AccountOwner(sql, org, project.customer), ProjectAudience(project)};
}

std::optional<events::ProjectAudience> ProjectService::ProjectAudienceOf(soci::session& sql, OrgId org,
                                                                         ProjectId id) {
  auto project = repo_.Find(sql, org, id);
  if (!project) return std::nullopt;
  return ProjectAudience(*project);
}

events::Event ProjectService::EventOf(soci::session& sql, OrgId org, events::ChangeType type,
                                      const Project& project) {
  events::Event event;
  event.type = type;
  event.entity = events::Entity::kProject;
  event.id = project.id.value;
  event.org = org;
  event.customer = project.customer;
  event.project = project.id.value;
  event.audience = AudienceOf(sql, org, project);
  return event;
}

std::optional<std::string> ProjectService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto n = repo_.CountForCustomer(sql, org, customer);
  if (n == 0) return std::nullopt;
  return std::to_string(n) + (n == 1 ? " project" : " projects");
}

Status ProjectService::CheckCurrencyFree(soci::session& sql, OrgId org, ProjectId id) {
  for (const auto& probe : priced_rows_) {
    if (auto what = probe(sql, org, id)) {
      Error e = Error::Conflict("The project's currency cannot change: it has " + *what);
      e.fields.push_back({"currency", "is in use"});
      return e;
    }
  }
  return Ok();
}

Error ProjectService::Stale(soci::session& sql, const auth::Principal& caller, ProjectId id) {
  Error e =
      Error::Conflict("Someone else changed this project after you opened it; reload to see their changes");
  if (auto current = repo_.Find(sql, caller.org, id)) e.current = *current;
  return e;
}

Result<SalesStatus> ProjectService::AssignableStatus(soci::session& sql, OrgId org, std::int64_t id,
                                                     std::optional<SalesStatusId> kept) {
  auto status = statuses_.FindSales(sql, org, SalesStatusId(id));
  if (!status) return Error::Validation("salesStatusId", "is not a sales status of this organization");
  if (!status->is_active && kept != status->id)
    return Error::Validation("salesStatusId", "\"" + status->name + "\" is disabled");
  return std::move(*status);
}

std::vector<FieldError> ProjectService::CheckValues(soci::session& sql, OrgId org, const ProjectValues& v,
                                                    const ProjectValues* current) {
  std::vector<FieldError> errors;
  if (auto e = validation::CheckLine(v.name, 200)) errors.push_back({"name", *e});
  auto check_user = [&](const std::optional<UserId>& user, const std::optional<UserId>& was,
                        const char* field) {
    if (!user || user == was) return;
    auto found = users_.FindUser(sql, org, *user);
    if (!found)
      errors.push_back({field, "is not a user of this organization"});
    else if (!found->is_active)
      errors.push_back({field, "is an inactive user"});
  };
  check_user(v.owner, current ? current->owner : std::nullopt, "ownerId");
  check_user(v.sales_person, current ? current->sales_person : std::nullopt, "salesPersonId");
  if (v.members.size() > kMaxMembers)
    errors.push_back({"memberIds", "a project can have at most " + std::to_string(kMaxMembers) + " members"});
  else {
    for (auto member : v.members) {
      const bool kept = current && std::find(current->members.begin(), current->members.end(), member) !=
                                       current->members.end();
      if (!kept) check_user(member, std::nullopt, "memberIds");
    }
  }
  CheckMoney(v.expected_value, errors);
  // Empty on create: the organization's base currency (the repository fills it in).
  if (!v.currency.empty())
    if (auto e = validation::CheckCurrencyCode(v.currency)) errors.push_back({"currency", *e});
  if (v.probability < 0 || v.probability > 100)
    errors.push_back({"probability", "must be between 0 and 100"});
  CheckOptionalDate(v.expected_order_date, "expectedOrderDate", errors);
  CheckOptionalDate(v.start_date, "startDate", errors);
  CheckOptionalDate(v.deadline, "deadline", errors);
  if (v.start_date && v.deadline && *v.deadline < *v.start_date)
    errors.push_back({"deadline", "must not be before the start date"});
  if (v.description && validation::CodePoints(*v.description) > kMaxDescription)
    errors.push_back({"description", "must be at most 5000 characters"});
  return errors;
}

Result<Project> ProjectService::Create(const auth::Principal& caller, const NewProject& input) {
  std::vector<FieldError> errors = input.shape_errors;
  if (!input.name) errors.push_back({"name", "is required"});
  if (!input.customer_id) errors.push_back({"customerId", "is required"});
  std::optional<ProjectState> wanted;
  if (input.state) {
    wanted = ParseState(*input.state);
    if (!wanted || wanted == ProjectState::kClosed) errors.push_back({"state", "must be sales or open"});
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Project> {
    auto customer = customers_.Visible(sql, caller, CustomerId(*input.customer_id));
    if (!customer.ok()) {
      if (customer.error().code == ErrorCode::kNotFound)
        return Error::Validation("customerId", "is not a customer of this organization");
      return std::move(customer).error();
    }
    std::optional<SalesStatus> status;
    if (input.sales_status_id) {
      CLIENTELE_TRY(found, AssignableStatus(sql, caller.org, *input.sales_status_id, std::nullopt));
      status = std::move(found);
      if (wanted && StateFor(status->category) != *wanted)
        return Error::Validation("state", "does not match the sales status \"" + status->name + "\"");
    } else {
      const bool project = wanted == ProjectState::kOpen;
      status =
          statuses_.FirstSales(sql, caller.org, project ? SalesCategory::kWon : SalesCategory::kInProgress);
      if (!status)
        return Error::Validation("salesStatusId", "the organization has no active status for this");
    }
    ProjectValues v;
    v.name = validation::Trim(*input.name);
    v.owner = UserId(input.owner_id.value_or(caller.user.value));
    if (input.sales_person_id) v.sales_person = UserId(*input.sales_person_id);
    v.sales_status = status->id;
    v.expected_value = input.expected_value.value;
    v.currency = input.currency.value_or(v.expected_value ? v.expected_value->currency : "");
    v.start_date = Trimmed(input.start_date);
    v.deadline = Trimmed(input.deadline);
    v.description = Trimmed(input.description);
    if (input.member_ids) v.members = Members(*input.member_ids);
    const std::string today = util::TodayIso();
    auto outcome = ApplySalesStatus(status->category, status->probability, {}, input.probability,
                                    Trimmed(input.expected_order_date), today);
    v.probability = outcome.probability;
    v.expected_order_date = outcome.expected_order_date;
    auto value_errors = CheckValues(sql, caller.org, v, nullptr);
    if (!value_errors.empty()) return Error::Validation(std::move(value_errors));
    CLIENTELE_CHECK(CheckEdit(caller, outcome.state, v));
    const std::string now = util::NowIso();
    const auto number = repo_.NextNumber(sql, caller.org);
    auto id = repo_.Insert(sql, caller.org, customer->id, number, v, outcome.state, outcome.closed_date,
                           caller.user, now);
    repo_.AddHistory(sql, caller.org, id, caller.user, now, std::nullopt, v.sales_status, std::nullopt,
                     outcome.state);
    auto created = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kCreated, created));
    return created;
  }));
}

Result<Project> ProjectService::Get(const auth::Principal& caller, ProjectId id) {
  return db_.Read([&](soci::session& sql) { return Visible(sql, caller, id); });
}

Result<Project> ProjectService::Update(const auth::Principal& caller, ProjectId id,
                                       const ProjectPatch& patch) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Project> {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    std::vector<FieldError> errors = patch.shape_errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    ProjectValues v = current.values;
    if (patch.name.present) {
      if (!patch.name.value)
        errors.push_back({"name", "must not be null"});
      else
        v.name = validation::Trim(*patch.name.value);
    }
    auto user = [](const Field<std::int64_t>& f, std::optional<UserId>& target) {
      if (f.present) target = f.value ? std::optional<UserId>(UserId(*f.value)) : std::nullopt;
    };
    user(patch.owner_id, v.owner);
    user(patch.sales_person_id, v.sales_person);
    if (patch.expected_value.present) v.expected_value = patch.expected_value.value;
    if (patch.currency.present) {
      if (!patch.currency.value)
        errors.push_back({"currency", "must not be null"});
      else
        v.currency = *patch.currency.value;
    }
    if (patch.start_date.present) v.start_date = Trimmed(patch.start_date.value);
    if (patch.deadline.present) v.deadline = Trimmed(patch.deadline.value);
    if (patch.description.present) v.description = Trimmed(patch.description.value);
    if (patch.member_ids.present)
      v.members = Members(patch.member_ids.value.value_or(std::vector<std::int64_t>{}));
    if (patch.probability.present && !patch.probability.value)
      errors.push_back({"probability", "must not be null"});
    if (patch.sales_status_id.present && !patch.sales_status_id.value)
      errors.push_back({"salesStatusId", "must not be null"});
    if (!errors.empty()) return Error::Validation(std::move(errors));
    StatusOutcome outcome = OutcomeOf(current);
    const std::optional<std::string> order_date =
        patch.expected_order_date.present ? Trimmed(patch.expected_order_date.value) : std::nullopt;
    if (patch.expected_order_date.present) outcome.expected_order_date = order_date;
    if (patch.probability.present) outcome.probability = *patch.probability.value;
    if (patch.sales_status_id.present && SalesStatusId(*patch.sales_status_id.value) != v.sales_status) {
      CLIENTELE_TRY(status, AssignableStatus(sql, caller.org, *patch.sales_status_id.value, v.sales_status));
      v.sales_status = status.id;
      outcome =
          ApplySalesStatus(status.category, status.probability, outcome, patch.probability.value,
                           patch.expected_order_date.present ? order_date : std::nullopt, util::TodayIso());
    }
    v.probability = outcome.probability;
    v.expected_order_date = outcome.expected_order_date;
    auto value_errors = CheckValues(sql, caller.org, v, &current.values);
    if (!value_errors.empty()) return Error::Validation(std::move(value_errors));
    if (outcome.state != current.state || OwnershipOf(caller, v) != OwnershipOf(caller, current.values))
      CLIENTELE_CHECK(CheckEdit(caller, outcome.state, v));
    if (*patch.version != current.version) return Stale(sql, caller, id);
    if (v.currency != current.values.currency) CLIENTELE_CHECK(CheckCurrencyFree(sql, caller.org, id));
    const std::string now = util::NowIso();
    if (!repo_.Update(sql, caller.org, id, *patch.version, v, outcome.state, outcome.closed_date, caller.user,
                      now))
      return Stale(sql, caller, id);
    if (v.sales_status != current.values.sales_status || outcome.state != current.state) {
      repo_.AddHistory(sql, caller.org, id, caller.user, now, current.values.sales_status, v.sales_status,
                       current.state, outcome.state);
    }
    auto updated = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kUpdated, updated));
    return updated;
  }));
}

Result<Project> ProjectService::SetClosed(const auth::Principal& caller, ProjectId id,
                                          std::optional<std::int64_t> version, bool closed) {
  if (!version) return Error::Validation("version", "is required: send the version you read");
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Project> {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    if (*version != current.version) return Stale(sql, caller, id);
    if ((current.state == ProjectState::kClosed) == closed) return current;
    StatusOutcome outcome = OutcomeOf(current);
    if (closed) {
      outcome.state = ProjectState::kClosed;
      outcome.closed_date = util::TodayIso();
    } else {
      if (current.sales_category == SalesCategory::kLost) {
        return Error::Conflict("This sales case was lost; give it another sales status to take it up again");
      }
      outcome.state = StateFor(current.sales_category);
      outcome.closed_date.reset();
    }
    CLIENTELE_CHECK(CheckEdit(caller, outcome.state, current.values));
    const std::string now = util::NowIso();
    if (!repo_.Update(sql, caller.org, id, *version, current.values, outcome.state, outcome.closed_date,
                      caller.user, now))
      return Stale(sql, caller, id);
    repo_.AddHistory(sql, caller.org, id, caller.user, now, current.values.sales_status,
                     current.values.sales_status, current.state, outcome.state);
    auto changed = *repo_.Find(sql, caller.org, id);
    after.Set(EventOf(sql, caller.org, events::ChangeType::kUpdated, changed));
    return changed;
  }));
}

Status ProjectService::Delete(const auth::Principal& caller, ProjectId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(current, Editable(sql, caller, id));
    after.Set(EventOf(sql, caller.org, events::ChangeType::kDeleted, current));
    try {
      repo_.Delete(sql, caller.org, id);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kForeignKey)
        return Error::Conflict(
            "The project has tasks, notes, files, links, activities, hours or fees; delete them first");
      throw;
    }
    return Ok();
  }));
}

Result<Page<Project>> ProjectService::ListIn(soci::session& sql, const auth::Principal& caller,
                                             const ProjectQuery& query, const PageRequest& page) {
  std::optional<std::int64_t> before;
  if (page.cursor) {
    before = DecodeNumber(*page.cursor);
    if (!before) return Error::Validation("cursor", "is not a cursor from this list");
  }
  Page<Project> result;
  result.items = repo_.List(sql, caller.org, query, VisibilityFor(caller), page.limit + 1, before);
  if (static_cast<int>(result.items.size()) > page.limit) {
    result.items.resize(page.limit);
    result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().number)});
  }
  return result;
}

Result<Page<Project>> ProjectService::List(const auth::Principal& caller, ProjectQuery query,
                                           const PageRequest& page) {
  if (caller.permissions.customers.view == Scope::kNone ||
      (caller.permissions.sales.view == Scope::kNone && caller.permissions.projects.view == Scope::kNone)) {
    return Error::Forbidden("You may not view sales cases or projects");
  }
  if (query.q) {
    *query.q = validation::Trim(*query.q);
    if (query.q->empty())
      query.q.reset();
    else if (auto e = validation::CheckLine(*query.q, 200))
      return Error::Validation("q", *e);
  }
  return db_.Read([&](soci::session& sql) { return ListIn(sql, caller, query, page); });
}

Result<Page<StatusChange>> ProjectService::History(const auth::Principal& caller, ProjectId id,
                                                   const PageRequest& page) {
  std::optional<std::int64_t> before;
  if (page.cursor) {
    before = DecodeNumber(*page.cursor);
    if (!before) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<StatusChange>> {
    CLIENTELE_CHECK(Visible(sql, caller, id));
    Page<StatusChange> result;
    result.items = repo_.History(sql, caller.org, id, page.limit + 1, before);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().id)});
    }
    return result;
  });
}

Result<CustomerProjects> ProjectService::ForCustomer(const auth::Principal& caller, CustomerId customer,
                                                     int limit) {
  return db_.Read([&](soci::session& sql) -> Result<CustomerProjects> {
    CLIENTELE_CHECK(customers_.Visible(sql, caller, customer));
    CustomerProjects out;
    ProjectQuery query;
    query.customer = customer;
    query.state = StateFilter::kActive;
    CLIENTELE_TRY(open, ListIn(sql, caller, query, {limit, std::nullopt}));
    query.state = StateFilter::kClosed;
    CLIENTELE_TRY(closed, ListIn(sql, caller, query, {limit, std::nullopt}));
    out.open = std::move(open);
    out.closed = std::move(closed);
    out.totals = repo_.Totals(sql, caller.org, customer, VisibilityFor(caller));
    return out;
  });
}

}  // namespace clientele::projects
