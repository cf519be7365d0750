#include "features/activities/activity_service.hpp"

#include <algorithm>
#include <map>

#include "platform/util/cursor.hpp"

namespace clientele::activities {

using notes::CardScope;
using notes::Need;

namespace {

/// The cursor names its list, so that a planned list's cursor is refused by the done list.
const char* StateTag(ListState state) { return state == ListState::kPlanned ? "p" : "d"; }

std::optional<ListAfter> DecodeAfter(const std::string& cursor, ListState state) {
  auto parts = util::DecodeCursor(cursor, 3);
  if (!parts || (*parts)[0] != StateTag(state)) return std::nullopt;
  try {
    std::size_t used = 0;
    ListAfter after{(*parts)[1], std::stoll((*parts)[2], &used)};
    if (used != (*parts)[2].size()) return std::nullopt;
    return after;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string EncodeAfter(const Activity& last, ListState state) {
  const std::string key =
      state == ListState::kPlanned ? last.values.SortAt() : last.values.done_at.value_or("");
  return util::EncodeCursor({StateTag(state), key, std::to_string(last.id.value)});
}

}  // namespace

void ActivityService::Complete(soci::session& sql, OrgId org, std::vector<Activity>& items) {
  std::vector<ActivityId> ids;
  ids.reserve(items.size());
  for (const auto& a : items) ids.push_back(a.id);
  auto participants = participants_.ForActivities(sql, org, ids);
  for (auto& a : items) {
    auto it = participants.find(a.id.value);
    if (it != participants.end()) a.participants = std::move(it->second);
  }
  access_.NameProjects(sql, org, items);
}

Result<Activity> ActivityService::Load(soci::session& sql, OrgId org, ActivityId id) {
  auto found = repo_.Find(sql, org, id);
  if (!found) return Error::NotFound("No such activity");
  std::vector<Activity> one{std::move(*found)};
  Complete(sql, org, one);
  return std::move(one.front());
}

Status ActivityService::CheckAccess(soci::session& sql, const auth::Principal& caller,
                                    const Activity& activity, Need need) {
  if (activity.values.project) {
    CLIENTELE_TRY(scope, access_.Project(sql, caller, *activity.values.project, need));
    (void)scope;
    return Ok();
  }
  return access_.Check(sql, caller, activity.customer, need);
}

Error ActivityService::Stale(soci::session& sql, OrgId org, ActivityId id) {
  Error e =
      Error::Conflict("Someone else changed this activity after you opened it; reload to see their changes");
  if (auto now = Load(sql, org, id); now.ok()) e.current = now.value();
  return e;
}

Result<Page<Activity>> ActivityService::List(const auth::Principal& caller, ListState state,
                                             const PageRequest& page, const Scoper& scope) {
  std::optional<ListAfter> after;
  if (page.cursor) {
    after = DecodeAfter(*page.cursor, state);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<Activity>> {
    CLIENTELE_TRY(where, scope(sql));
    const ListScope list_scope{where.customer, where.project};
    Page<Activity> result;
    result.items = repo_.List(sql, caller.org, list_scope, state, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      // From the last row read, before any is left out below, so the next page goes on from here.
      result.next_cursor = EncodeAfter(result.items.back(), state);
    }
    if (!where.project) {
      // The customer's list: ask once per distinct project on the page whether the caller may see it.
      std::map<std::int64_t, bool> visible;
      for (const auto& a : result.items)
        if (a.values.project && !visible.count(a.values.project->value))
          visible[a.values.project->value] = projects_.visible(sql, caller, *a.values.project).ok();
      std::erase_if(result.items,
                    [&](const Activity& a) { return a.values.project && !visible[a.values.project->value]; });
    }
    Complete(sql, caller.org, result.items);
    return result;
  });
}

Result<Page<Activity>> ActivityService::ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                                        ListState state, const PageRequest& page) {
  return List(caller, state, page,
              [&](soci::session& sql) { return access_.Customer(sql, caller, customer, Need::kView); });
}

Result<Page<Activity>> ActivityService::ListForProject(const auth::Principal& caller, ProjectId project,
                                                       ListState state, const PageRequest& page) {
  return List(caller, state, page,
              [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kView); });
}

Result<Activity> ActivityService::Get(const auth::Principal& caller, ActivityId id) {
  return db_.Read([&](soci::session& sql) -> Result<Activity> {
    CLIENTELE_TRY(activity, Load(sql, caller.org, id));
    CLIENTELE_CHECK(CheckAccess(sql, caller, activity, Need::kView));
    return activity;
  });
}

Status ActivityService::Delete(const auth::Principal& caller, ActivityId id) {
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such activity");
    CLIENTELE_CHECK(CheckAccess(sql, caller, *current, Need::kEdit));
    repo_.Delete(sql, caller.org, id);  // the participants go with it (ON DELETE CASCADE)
    return Ok();
  });
}

std::optional<std::string> ActivityService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  return std::to_string(count) + (count == 1 ? " activity" : " activities");
}

std::vector<FeedActivity> ActivityService::Feed(soci::session& sql, OrgId org, UserId user,
                                                const std::string& from, int limit) {
  // Two index walks in date order (owned, taking part), merged; an activity in both counts once.
  auto owned = repo_.FeedOwned(sql, org, user, from, limit);
  auto taking_part = repo_.FeedParticipating(sql, org, user, from, limit);
  std::vector<FeedActivity> all;
  all.reserve(owned.size() + taking_part.size());
  for (auto& a : owned) all.push_back(std::move(a));
  for (auto& a : taking_part) all.push_back(std::move(a));
  std::sort(all.begin(), all.end(), [](const FeedActivity& a, const FeedActivity& b) {
    const auto ka = a.values.SortAt(), kb = b.values.SortAt();
    return ka != kb ? ka < kb : a.id < b.id;
  });
  all.erase(std::unique(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.id == b.id; }),
            all.end());
  if (static_cast<int>(all.size()) > limit) all.resize(static_cast<std::size_t>(limit));
  return all;
}

}  // namespace clientele::activities
