#include "features/calendar/calendar_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::calendar {

namespace {

constexpr const char* kDeleteFeed = "DELETE FROM calendar_feeds WHERE org_id = :org AND user_id = :user";
constexpr const char* kInsertFeed =
    "INSERT INTO calendar_feeds (org_id, user_id, token_hash, created_at) VALUES (:org, :user, :hash, :now)";
constexpr const char* kSelectCreatedAt =
    "SELECT created_at FROM calendar_feeds WHERE org_id = :org AND user_id = :user";
// A deactivated user's feed stops with their sign-in.
constexpr const char* kSelectByHash =
    "SELECT f.org_id, f.user_id FROM calendar_feeds f JOIN users u ON u.org_id = f.org_id AND u.id = "
    "f.user_id "
    "WHERE f.token_hash = :hash AND u.is_active = 1";

}  // namespace

void CalendarRepository::Replace(soci::session& sql, OrgId org, UserId user, const std::string& token_hash,
                                 const std::string& now) {
  Delete(sql, org, user);
  long long o = org.value, u = user.value;
  sql << kInsertFeed, soci::use(o, "org"), soci::use(u, "user"), soci::use(token_hash, "hash"),
      soci::use(now, "now");
}

std::optional<std::string> CalendarRepository::CreatedAt(soci::session& sql, OrgId org, UserId user) {
  db::Query q(kSelectCreatedAt);
  q.Bind("org", org.value).Bind("user", user.value);
  std::optional<std::string> out;
  q.Each(sql, [&](const soci::row& row) { out = db::RowReader(row).Text("created_at"); });
  return out;
}

void CalendarRepository::Delete(soci::session& sql, OrgId org, UserId user) {
  long long o = org.value, u = user.value;
  sql << kDeleteFeed, soci::use(o, "org"), soci::use(u, "user");
}

std::optional<FeedOwner> CalendarRepository::FindByHash(soci::session& sql, const std::string& token_hash) {
  db::Query q(kSelectByHash);
  q.Bind("hash", token_hash);
  std::optional<FeedOwner> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out = FeedOwner{OrgId(r.Int("org_id")), UserId(r.Int("user_id"))};
  });
  return out;
}

}  // namespace clientele::calendar
