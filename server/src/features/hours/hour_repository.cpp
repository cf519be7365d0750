#include "features/hours/hour_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::hours {

namespace {

constexpr const char* kSelectEntries =
    "SELECT h.id, h.user_id, u.name AS user_name, h.project_id, p.number AS project_number, p.name AS "
    "project_name, h.customer_id, h.work_type_id, t.name AS work_type_name, h.entry_date, h.minutes, "
    "h.description, h.billable, h.unit_price, h.unit_cost, h.currency, h.invoice_id, h.created_at, "
    "h.created_by, cb.name AS created_by_name, h.updated_at, h.updated_by, ub.name AS updated_by_name, "
    "h.version FROM hour_entries h "
    "JOIN users u ON u.org_id = h.org_id AND u.id = h.user_id "
    "JOIN projects p ON p.org_id = h.org_id AND p.id = h.project_id "
    "JOIN work_types t ON t.org_id = h.org_id AND t.id = h.work_type_id "
    "JOIN users cb ON cb.org_id = h.org_id AND cb.id = h.created_by "
    "JOIN users ub ON ub.org_id = h.org_id AND ub.id = h.updated_by WHERE h.org_id = :org";
constexpr const char* kInsertEntry =
    "INSERT INTO hour_entries (org_id, user_id, project_id, customer_id, work_type_id, entry_date, minutes, "
    "description, billable, unit_price, unit_cost, currency, version, created_at, created_by, updated_at, "
    "updated_by) VALUES (:org, :user, :project, :customer, :type, :date, :minutes, :description, :billable, "
    ":price, :cost, :currency, 1, :now, :by, :now2, :by2) RETURNING id";
constexpr const char* kUpdateEntry =
    "UPDATE hour_entries SET user_id = :user, project_id = :project, customer_id = :customer, work_type_id = "
    ":type, entry_date = :date, minutes = :minutes, description = :description, billable = :billable, "
    "unit_price = :price, unit_cost = :cost, currency = :currency, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version AND invoice_id IS NULL";
constexpr const char* kDeleteEntry = "DELETE FROM hour_entries WHERE org_id = :org AND id = :id";
constexpr const char* kDayMinutes =
    "SELECT COALESCE(SUM(minutes), 0) FROM hour_entries WHERE org_id = :org AND user_id = :user AND "
    "entry_date = :date AND id <> :except";
/// Own projects: owned, sold or joined (the projects area's "own", DESIGN.md §6).
constexpr const char* kOwnProjects =
    " AND (h.user_id = :s_user1 OR p.owner_id = :s_user2 OR p.sales_person_id = :s_user3 OR EXISTS (SELECT "
    "1 FROM project_members m WHERE m.org_id = h.org_id AND m.project_id = h.project_id AND m.user_id = "
    ":s_user4))";

HourEntry ReadEntry(const soci::row& row) {
  db::RowReader r(row);
  HourEntry e;
  e.id = HourEntryId(r.Int("id"));
  e.user = {UserId(r.Int("user_id")), r.Text("user_name")};
  e.project = ProjectId(r.Int("project_id"));
  e.project_number = r.Int("project_number");
  e.project_name = r.Text("project_name");
  e.customer = CustomerId(r.Int("customer_id"));
  e.work_type = WorkTypeId(r.Int("work_type_id"));
  e.work_type_name = r.Text("work_type_name");
  e.date = r.Text("entry_date");
  e.minutes = r.Int("minutes");
  e.description = r.Text("description");
  e.billable = r.Bool("billable");
  e.unit_price = r.Int("unit_price");
  e.unit_cost = r.Int("unit_cost");
  e.currency = r.Text("currency");
  e.invoice_id = r.OptInt("invoice_id");
  e.created_at = r.Text("created_at");
  e.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  e.updated_at = r.Text("updated_at");
  e.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  e.version = r.Int("version");
  return e;
}

/// Binds the columns INSERT and UPDATE share.
struct RowBinding {
  explicit RowBinding(const HourEntryRow& row)
      : user(row.user.value),
        project(row.project.value),
        customer(row.customer.value),
        type(row.work_type.value),
        minutes(row.minutes),
        billable(row.billable ? 1 : 0),
        price(row.unit_price),
        cost(row.unit_cost) {}

  void Bind(soci::statement& st, const HourEntryRow& row) {
    st.exchange(soci::use(user, "user"));
    st.exchange(soci::use(project, "project"));
    st.exchange(soci::use(customer, "customer"));
    st.exchange(soci::use(type, "type"));
    st.exchange(soci::use(row.date, "date"));
    st.exchange(soci::use(minutes, "minutes"));
    st.exchange(soci::use(row.description, "description"));
    st.exchange(soci::use(billable, "billable"));
    st.exchange(soci::use(price, "price"));
    st.exchange(soci::use(cost, "cost"));
    st.exchange(soci::use(row.currency, "currency"));
  }

  long long user, project, customer, type, minutes, billable, price, cost;
};

void AppendFilter(db::Query& q, const HourFilter& f) {
  if (f.user) q.Sql(" AND h.user_id = :f_user").Bind("f_user", f.user->value);
  if (f.project) q.Sql(" AND h.project_id = :f_project").Bind("f_project", f.project->value);
  if (f.customer) q.Sql(" AND h.customer_id = :f_customer").Bind("f_customer", f.customer->value);
  if (f.from) q.Sql(" AND h.entry_date >= :f_from").Bind("f_from", *f.from);
  if (f.to) q.Sql(" AND h.entry_date <= :f_to").Bind("f_to", *f.to);
  if (f.billable) q.Sql(*f.billable ? " AND h.billable = 1" : " AND h.billable = 0");
  if (f.invoiced) q.Sql(*f.invoiced ? " AND h.invoice_id IS NOT NULL" : " AND h.invoice_id IS NULL");
}

}  // namespace

HourEntryId HourRepository::Insert(soci::session& sql, OrgId org, const HourEntryRow& row, UserId by,
                                   const std::string& now) {
  long long o = org.value, b = by.value, id = 0;
  RowBinding values(row);
  soci::statement st(sql);
  values.Bind(st, row);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertEntry);
  st.define_and_bind();
  st.execute(true);
  return HourEntryId(id);
}

std::optional<HourEntry> HourRepository::Find(soci::session& sql, OrgId org, HourEntryId id) {
  db::Query q(kSelectEntries);
  q.Bind("org", org.value).Sql(" AND h.id = :id").Bind("id", id.value);
  std::optional<HourEntry> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadEntry(row); });
  return out;
}

bool HourRepository::Update(soci::session& sql, OrgId org, HourEntryId id, std::int64_t version,
                            const HourEntryRow& row, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, v = version, b = by.value;
  RowBinding values(row);
  soci::statement st(sql);
  values.Bind(st, row);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(i, "id"));
  st.exchange(soci::use(v, "version"));
  st.alloc();
  st.prepare(kUpdateEntry);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void HourRepository::Delete(soci::session& sql, OrgId org, HourEntryId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteEntry, soci::use(o, "org"), soci::use(i, "id");
}

std::int64_t HourRepository::DayMinutes(soci::session& sql, OrgId org, UserId user, const std::string& date,
                                        std::optional<HourEntryId> except) {
  long long o = org.value, u = user.value, x = except ? except->value : 0, total = 0;
  sql << kDayMinutes, soci::use(o, "org"), soci::use(u, "user"), soci::use(date, "date"),
      soci::use(x, "except"), soci::into(total);
  return total;
}

std::vector<HourEntry> HourRepository::List(
    soci::session& sql, OrgId org, const HourFilter& filter, HourScope scope, UserId caller, int limit,
    const std::optional<std::pair<std::string, std::int64_t>>& after) {
  db::Query q(kSelectEntries);
  q.Bind("org", org.value);
  AppendFilter(q, filter);
  if (scope == HourScope::kSelf) q.Sql(" AND h.user_id = :s_self").Bind("s_self", caller.value);
  if (scope == HourScope::kOwnProjects) {
    q.Sql(kOwnProjects);
    for (const char* name : {"s_user1", "s_user2", "s_user3", "s_user4"}) q.Bind(name, caller.value);
  }
  if (after) {
    q.Sql(" AND (h.entry_date < :c_date OR (h.entry_date = :c_date2 AND h.id < :c_id))")
        .Bind("c_date", after->first)
        .Bind("c_date2", after->first)
        .Bind("c_id", after->second);
  }
  q.Sql(" ORDER BY h.entry_date DESC, h.id DESC LIMIT :limit").Bind("limit", limit);
  std::vector<HourEntry> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadEntry(row)); });
  return out;
}

std::vector<HourEntry> HourRepository::ForUser(soci::session& sql, OrgId org, UserId user,
                                               const std::string& from, const std::string& to, int limit) {
  db::Query q(kSelectEntries);
  q.Bind("org", org.value)
      .Sql(" AND h.user_id = :user AND h.entry_date >= :from AND h.entry_date <= :to")
      .Bind("user", user.value)
      .Bind("from", from)
      .Bind("to", to)
      .Sql(" ORDER BY h.entry_date, h.id LIMIT :limit")
      .Bind("limit", limit);
  std::vector<HourEntry> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadEntry(row)); });
  return out;
}

}  // namespace clientele::hours
