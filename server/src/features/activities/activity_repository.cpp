#include "features/activities/activity_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::activities {

namespace {

constexpr const char* kInsertActivity =
    "INSERT INTO activities (org_id, customer_id, project_id, type_id, kind, name, description, location, "
    "due_at, start_at, end_at, all_day, sort_at, owner_id, is_done, done_at, created_at, created_by, "
    "updated_at, updated_by, version) VALUES (:org, :customer, :project, :type, :kind, :name, :description, "
    ":location, :due_at, :start_at, :end_at, :all_day, :sort_at, :owner, :is_done, :done_at, :now, :by, "
    ":now2, :by2, 1) RETURNING id";
constexpr const char* kSelectActivity =
    "SELECT a.id, a.customer_id, a.project_id, a.type_id, t.name AS type_name, a.kind, a.name, "
    "a.description, "
    "a.location, a.due_at, a.start_at, a.end_at, a.all_day, a.owner_id, o.name AS owner_name, a.is_done, "
    "a.done_at, a.created_at, a.created_by, cb.name AS created_by_name, a.updated_at, a.updated_by, "
    "ub.name AS updated_by_name, a.version FROM activities a "
    "JOIN activity_types t ON t.org_id = a.org_id AND t.id = a.type_id "
    "JOIN users o ON o.org_id = a.org_id AND o.id = a.owner_id "
    "JOIN users cb ON cb.org_id = a.org_id AND cb.id = a.created_by "
    "JOIN users ub ON ub.org_id = a.org_id AND ub.id = a.updated_by WHERE a.org_id = :org";
constexpr const char* kUpdateActivity =
    "UPDATE activities SET project_id = :project, type_id = :type, kind = :kind, name = :name, "
    "description = :description, location = :location, due_at = :due_at, start_at = :start_at, "
    "end_at = :end_at, all_day = :all_day, sort_at = :sort_at, owner_id = :owner, is_done = :is_done, "
    "done_at = :done_at, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteActivity = "DELETE FROM activities WHERE org_id = :org AND id = :id";
constexpr const char* kCountForCustomer =
    "SELECT COUNT(*) FROM activities WHERE org_id = :org AND customer_id = :customer";

constexpr const char* kFeedColumns =
    "SELECT a.id, a.kind, a.name, a.description, a.location, a.due_at, a.start_at, a.end_at, a.all_day, "
    "a.is_done, a.done_at, a.updated_at, c.name AS customer_name ";
constexpr const char* kFeedOwned =
    "FROM activities a JOIN customers c ON c.org_id = a.org_id AND c.id = a.customer_id "
    "WHERE a.org_id = :org AND a.owner_id = :user AND a.sort_at >= :from AND a.sort_at < :none "
    "ORDER BY a.sort_at, a.id LIMIT :lim";
constexpr const char* kFeedParticipating =
    "FROM activity_participants p JOIN activities a ON a.org_id = p.org_id AND a.id = p.activity_id "
    "JOIN customers c ON c.org_id = a.org_id AND c.id = a.customer_id "
    "WHERE p.org_id = :org AND p.user_id = :user AND p.sort_at >= :from AND p.sort_at < :none "
    "ORDER BY p.sort_at, p.activity_id LIMIT :lim";

void ReadValues(const db::RowReader& r, ActivityValues& v) {
  v.kind = ParseKind(r.Text("kind")).value_or(Kind::kTodo);
  v.name = r.Text("name");
  v.description = r.OptText("description");
  v.location = r.OptText("location");
  v.due_at = r.OptText("due_at");
  v.start_at = r.OptText("start_at");
  v.end_at = r.OptText("end_at");
  v.all_day = r.Bool("all_day");
  v.is_done = r.Bool("is_done");
  v.done_at = r.OptText("done_at");
}

Activity ReadActivity(const soci::row& row) {
  db::RowReader r(row);
  Activity a;
  a.id = ActivityId(r.Int("id"));
  a.customer = CustomerId(r.Int("customer_id"));
  ReadValues(r, a.values);
  a.values.type = ActivityTypeId(r.Int("type_id"));
  a.type_name = r.Text("type_name");
  if (auto project = r.OptInt("project_id")) {
    a.values.project = ProjectId(*project);
    a.project = ProjectRef{ProjectId(*project), 0, {}, a.customer};
  }
  a.values.owner = UserId(r.Int("owner_id"));
  a.owner_name = r.Text("owner_name");
  a.created_at = r.Text("created_at");
  a.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  a.updated_at = r.Text("updated_at");
  a.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  a.version = r.Int("version");
  return a;
}

std::vector<FeedActivity> ReadFeed(soci::session& sql, const char* from_clause, OrgId org, UserId user,
                                   const std::string& from, int limit) {
  db::Query q(std::string(kFeedColumns) + from_clause);
  q.Bind("org", org.value).Bind("user", user.value).Bind("from", from);
  q.Bind("none", std::string(kNoDateSortKey)).Bind("lim", limit);
  std::vector<FeedActivity> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    FeedActivity f;
    f.id = ActivityId(r.Int("id"));
    ReadValues(r, f.values);
    f.customer_name = r.Text("customer_name");
    f.updated_at = r.Text("updated_at");
    out.push_back(std::move(f));
  });
  return out;
}

/// Binds the columns INSERT and UPDATE share; NULLs through indicators (SOCI 4.0 has no std::optional).
struct ValueBinding {
  explicit ValueBinding(const ActivityValues& v)
      : kind(KindName(v.kind)),
        name(v.name),
        sort_at(v.SortAt()),
        project(v.project ? v.project->value : 0),
        type(v.type.value),
        owner(v.owner.value),
        all_day(v.all_day ? 1 : 0),
        is_done(v.is_done ? 1 : 0),
        project_ind(v.project ? soci::i_ok : soci::i_null) {
    const std::optional<std::string>* from[] = {&v.description, &v.location, &v.due_at,
                                                &v.start_at,    &v.end_at,   &v.done_at};
    for (size_t i = 0; i < kTexts; ++i) {
      text[i] = from[i]->value_or("");
      text_ind[i] = *from[i] ? soci::i_ok : soci::i_null;
    }
  }

  void Bind(soci::statement& st) {
    static constexpr const char* kNames[] = {"description", "location", "due_at",
                                             "start_at",    "end_at",   "done_at"};
    for (size_t i = 0; i < kTexts; ++i) st.exchange(soci::use(text[i], text_ind[i], kNames[i]));
    st.exchange(soci::use(project, project_ind, "project"));
    st.exchange(soci::use(type, "type"));
    st.exchange(soci::use(kind, "kind"));
    st.exchange(soci::use(name, "name"));
    st.exchange(soci::use(all_day, "all_day"));
    st.exchange(soci::use(sort_at, "sort_at"));
    st.exchange(soci::use(owner, "owner"));
    st.exchange(soci::use(is_done, "is_done"));
  }

  static constexpr size_t kTexts = 6;
  std::string text[kTexts];
  soci::indicator text_ind[kTexts];
  std::string kind, name, sort_at;
  long long project, type, owner, all_day, is_done;
  soci::indicator project_ind;
};

}  // namespace

ActivityId ActivityRepository::Insert(soci::session& sql, OrgId org, CustomerId customer,
                                      const ActivityValues& values, UserId by, const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, c = customer.value, b = by.value, id = 0;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(c, "customer"));
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertActivity);
  st.define_and_bind();
  st.execute(true);
  return ActivityId(id);
}

std::optional<Activity> ActivityRepository::Find(soci::session& sql, OrgId org, ActivityId id) {
  db::Query q(kSelectActivity);
  q.Bind("org", org.value).Sql(" AND a.id = :id").Bind("id", id.value);
  std::optional<Activity> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadActivity(row); });
  return out;
}

std::vector<Activity> ActivityRepository::List(soci::session& sql, OrgId org, const ListScope& scope,
                                               ListState state, int limit,
                                               const std::optional<ListAfter>& after) {
  db::Query q(kSelectActivity);
  q.Bind("org", org.value);
  if (scope.project) {
    q.Sql(" AND a.project_id = :project").Bind("project", scope.project->value);
  } else {
    q.Sql(" AND a.customer_id = :customer").Bind("customer", scope.customer.value);
  }
  if (state == ListState::kPlanned) {
    q.Sql(" AND a.is_done = 0");
    if (after)
      q.Sql(" AND (a.sort_at, a.id) > (:key, :after)").Bind("key", after->key).Bind("after", after->id);
    q.Sql(" ORDER BY a.sort_at, a.id");
  } else {
    q.Sql(" AND a.is_done = 1");
    if (after)
      q.Sql(" AND (a.done_at, a.id) < (:key, :after)").Bind("key", after->key).Bind("after", after->id);
    q.Sql(" ORDER BY a.done_at DESC, a.id DESC");
  }
  q.Sql(" LIMIT :lim").Bind("lim", limit);
  std::vector<Activity> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadActivity(row)); });
  return out;
}

bool ActivityRepository::Update(soci::session& sql, OrgId org, ActivityId id, std::int64_t version,
                                const ActivityValues& values, UserId by, const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, i = id.value, ver = version, b = by.value;
  soci::statement st(sql);
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(i, "id"));
  st.exchange(soci::use(ver, "version"));
  st.alloc();
  st.prepare(kUpdateActivity);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ActivityRepository::Delete(soci::session& sql, OrgId org, ActivityId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteActivity, soci::use(o, "org"), soci::use(i, "id");
}

std::int64_t ActivityRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, count = 0;
  sql << kCountForCustomer, soci::use(o, "org"), soci::use(c, "customer"), soci::into(count);
  return count;
}

std::vector<FeedActivity> ActivityRepository::FeedOwned(soci::session& sql, OrgId org, UserId user,
                                                        const std::string& from, int limit) {
  return ReadFeed(sql, kFeedOwned, org, user, from, limit);
}

std::vector<FeedActivity> ActivityRepository::FeedParticipating(soci::session& sql, OrgId org, UserId user,
                                                                const std::string& from, int limit) {
  return ReadFeed(sql, kFeedParticipating, org, user, from, limit);
}

}  // namespace clientele::activities
