#include "features/files/link_service.hpp"

#include "platform/events/after_commit.hpp"

#include "features/files/card_list.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::files {

using notes::Need;

namespace {

/// Trims and checks the editable values of a link; the errors name the fields.
std::vector<FieldError> NormalizeLink(Link& link) {
  std::vector<FieldError> errors;
  link.url = validation::Trim(link.url);
  if (link.url.empty())
    errors.push_back({"url", "is required"});
  else if (auto e = validation::CheckWebUrl(link.url))
    errors.push_back({"url", *e});
  validation::TrimOptional(link.title);
  validation::CheckOptionalLine(link.title, "title", kMaxTitleLength, errors);
  if (auto e = NormalizeDescription(link.description)) errors.push_back({"description", *e});
  return errors;
}

}  // namespace

Result<Link> LinkService::Load(soci::session& sql, OrgId org, LinkId id) {
  auto link = repo_.Find(sql, org, id);
  if (!link) return Error::NotFound("No such link");
  std::vector<Link> one{std::move(*link)};
  access_.NameProjects(sql, org, one);
  return std::move(one.front());
}

Result<Page<Link>> LinkService::List(const auth::Principal& caller, const PageRequest& page,
                                     const Scoper& scope) {
  CLIENTELE_TRY(after, AfterId(page));
  return db_.Read([&](soci::session& sql) -> Result<Page<Link>> {
    CLIENTELE_TRY(where, scope(sql));
    auto result = ToPage(repo_.List(sql, caller.org, where, page.limit + 1, after), page.limit);
    access_.KeepVisibleProjects(sql, caller, result.items);
    return result;
  });
}

Result<Page<Link>> LinkService::ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                                const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Customer(sql, caller, customer, Need::kView); });
}

Result<Page<Link>> LinkService::ListForProject(const auth::Principal& caller, ProjectId project,
                                               const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kView); });
}

Result<Link> LinkService::Create(const auth::Principal& caller, const NewLink& input, const Scoper& scope) {
  Link link;
  link.url = input.url.value_or("");
  link.title = input.title;
  link.description = input.description;
  auto errors = NormalizeLink(link);
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Link> {
    CLIENTELE_TRY(where, scope(sql));
    if (!errors.empty()) return Error::Validation(std::move(errors));
    const auto id = repo_.Insert(sql, caller.org, where, link, caller.user, util::NowIso());
    CLIENTELE_TRY(created, Load(sql, caller.org, id));
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kCreated, events::Entity::kLink, created));
    return created;
  }));
}

Result<Link> LinkService::CreateForCustomer(const auth::Principal& caller, CustomerId customer,
                                            const NewLink& input) {
  return Create(caller, input, [&](soci::session& sql) {
    return access_.CustomerWithProject(sql, caller, customer, input.project_id, Need::kEdit);
  });
}

Result<Link> LinkService::CreateForProject(const auth::Principal& caller, ProjectId project,
                                           const NewLink& input) {
  if (input.project_id) return Error::Validation("projectId", "is given by the path here");
  return Create(caller, input,
                [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kEdit); });
}

Result<Link> LinkService::Update(const auth::Principal& caller, LinkId id, const LinkPatch& patch) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Link> {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_CHECK(access_.Record(sql, caller, current, Need::kEdit, "No such link"));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    Link values = current;
    if (patch.url.present) values.url = patch.url.value.value_or("");
    if (patch.title.present) values.title = patch.title.value;
    if (patch.description.present) values.description = patch.description.value;
    auto errors = NormalizeLink(values);
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() -> Error {
      Error e =
          Error::Conflict("Someone else changed this link after you opened it; reload to see their changes");
      if (auto now = Load(sql, caller.org, id); now.ok()) e.current = now.value();
      return e;
    };
    if (*patch.version != current.version) return stale();
    if (values.url == current.url && values.title == current.title &&
        values.description == current.description)
      return current;
    if (!repo_.Update(sql, caller.org, id, *patch.version, values, caller.user, util::NowIso()))
      return stale();
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kUpdated, events::Entity::kLink, current));
    return Load(sql, caller.org, id);
  }));
}

Status LinkService::Delete(const auth::Principal& caller, LinkId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such link");
    CLIENTELE_CHECK(access_.Record(sql, caller, *current, Need::kEdit, "No such link"));
    after.Set(
        access_.EventOf(sql, caller.org, events::ChangeType::kDeleted, events::Entity::kLink, *current));
    repo_.Delete(sql, caller.org, id);
    return Ok();
  }));
}

std::optional<std::string> LinkService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  return std::to_string(count) + (count == 1 ? " link" : " links");
}

}  // namespace clientele::files
