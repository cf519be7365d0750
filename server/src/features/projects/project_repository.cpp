#include "features/projects/project_repository.hpp"

#include <algorithm>
#include <map>

#include "features/projects/project_rules.hpp"
#include "features/projects/project_search.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::projects {

namespace {

constexpr const char* kNextNumber =
    "UPDATE org_counters SET value = value + 1 WHERE org_id = :org AND name = 'project_number' RETURNING "
    "value";
constexpr const char* kNumberTaken = "SELECT COUNT(*) FROM projects WHERE org_id = :org AND number = :number";

// currency: the project's money currency; when the service leaves it open (no expected value, none given),
// the organization's base currency.
constexpr const char* kInsertProject =
    "INSERT INTO projects (org_id, number, name, search_text, customer_id, owner_id, sales_person_id, "
    "sales_status_id, state, expected_amount, expected_currency, currency, probability, expected_order_date, "
    "start_date, deadline, closed_date, description, created_at, created_by, updated_at, updated_by, "
    "version) "
    "VALUES (:org, :number, :name, :search_text, :customer, :owner, :sales_person, :status, :state, :amount, "
    ":currency, COALESCE(:project_currency, (SELECT base_currency FROM organizations WHERE id = :org_b)), "
    ":probability, :order_date, :start_date, :deadline, :closed_date, :description, :now, :by, :now2, :by2, "
    "1) "
    "RETURNING id";

constexpr const char* kSelectProject =
    "SELECT p.id, p.number, p.name, p.customer_id, c.name AS customer_name, p.owner_id, o.name AS "
    "owner_name, "
    "p.sales_person_id, sp.name AS sales_person_name, p.sales_status_id, s.name AS status_name, s.category, "
    "p.state, p.expected_amount, p.expected_currency, p.currency AS project_currency, p.probability, "
    "p.expected_order_date, p.start_date, "
    "p.deadline, "
    "p.closed_date, p.description, p.created_at, p.created_by, cb.name AS created_by_name, p.updated_at, "
    "p.updated_by, ub.name AS updated_by_name, p.version FROM projects p "
    "JOIN customers c ON c.org_id = p.org_id AND c.id = p.customer_id "
    "JOIN sales_statuses s ON s.org_id = p.org_id AND s.id = p.sales_status_id "
    "LEFT JOIN users o ON o.org_id = p.org_id AND o.id = p.owner_id "
    "LEFT JOIN users sp ON sp.org_id = p.org_id AND sp.id = p.sales_person_id "
    "JOIN users cb ON cb.org_id = p.org_id AND cb.id = p.created_by "
    "JOIN users ub ON ub.org_id = p.org_id AND ub.id = p.updated_by WHERE p.org_id = :org";

constexpr const char* kUpdateProject =
    "UPDATE projects SET name = :name, search_text = :search_text, owner_id = :owner, sales_person_id = "
    ":sales_person, sales_status_id = :status, state = :state, expected_amount = :amount, expected_currency "
    "= :currency, currency = COALESCE(:project_currency, currency), "
    "probability = :probability, expected_order_date = :order_date, start_date = :start_date, deadline = "
    ":deadline, closed_date = :closed_date, description = :description, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";

constexpr const char* kDeleteMembers = "DELETE FROM project_members WHERE org_id = :org AND project_id = :id";
constexpr const char* kInsertMember =
    "INSERT INTO project_members (org_id, project_id, user_id) VALUES (:org, :id, :user)";
constexpr const char* kSelectMembersOf =
    "SELECT m.project_id, m.user_id, u.name FROM project_members m JOIN users u ON u.org_id = m.org_id AND "
    "u.id = m.user_id WHERE m.org_id = :org AND m.project_id IN (";
constexpr const char* kDeleteHistory =
    "DELETE FROM project_status_history WHERE org_id = :org AND project_id = :id";
constexpr const char* kDeleteProject = "DELETE FROM projects WHERE org_id = :org AND id = :id";
// The project's own settings go with it; its records (tasks, hours, fees, …) keep it (409 instead).
constexpr const char* kDeleteSettings[] = {
    "DELETE FROM project_prices WHERE org_id = :org AND project_id = :id",
    "DELETE FROM project_forecasts WHERE org_id = :org AND project_id = :id",
    "DELETE FROM project_forecast_versions WHERE org_id = :org AND project_id = :id"};

constexpr const char* kInsertHistory =
    "INSERT INTO project_status_history (org_id, project_id, changed_at, changed_by, from_status_id, "
    "to_status_id, from_state, to_state) VALUES (:org, :id, :now, :by, :from_status, :to_status, "
    ":from_state, "
    ":to_state)";
constexpr const char* kSelectHistory =
    "SELECT h.id, h.changed_at, h.changed_by, u.name AS changed_by_name, h.from_status_id, fs.name AS "
    "from_status_name, h.to_status_id, ts.name AS to_status_name, h.from_state, h.to_state "
    "FROM project_status_history h JOIN users u ON u.org_id = h.org_id AND u.id = h.changed_by "
    "LEFT JOIN sales_statuses fs ON fs.org_id = h.org_id AND fs.id = h.from_status_id "
    "JOIN sales_statuses ts ON ts.org_id = h.org_id AND ts.id = h.to_status_id "
    "WHERE h.org_id = :org AND h.project_id = :id";

// Row by row, not SUM: SQL sums are 64-bit (SQLite throws "integer overflow", PostgreSQL's BIGINT cast
// fails) and REAL or NUMERIC would be a float in SQLite; TotalsBuilder adds exactly in 128 bits.
constexpr const char* kSelectTotalsRows =
    "SELECT p.expected_currency AS currency, p.expected_amount, p.probability FROM projects p "
    "WHERE p.org_id = :org AND p.customer_id = :customer AND p.state = 'sales' AND p.expected_currency IS "
    "NOT NULL";
constexpr const char* kCountForCustomer =
    "SELECT COUNT(*) FROM projects WHERE org_id = :org AND customer_id = :customer";

constexpr std::size_t kMemberBatch = 500;

/// "own": the caller is the owner, the sales person or a member.
constexpr const char* kOwnCondition =
    "(p.owner_id = :v_user1 OR p.sales_person_id = :v_user2 OR EXISTS (SELECT 1 FROM project_members vm "
    "WHERE vm.org_id = p.org_id AND vm.project_id = p.id AND vm.user_id = :v_user3))";

std::string ScopeCondition(auth::Scope scope) {
  switch (scope) {
    case auth::Scope::kAll:
      return "1 = 1";
    case auth::Scope::kOwn:
      return kOwnCondition;
    case auth::Scope::kNone:
      break;
  }
  return "1 = 0";
}

Project ReadProject(const soci::row& row) {
  db::RowReader r(row);
  Project p;
  p.id = ProjectId(r.Int("id"));
  p.number = r.Int("number");
  p.customer = CustomerId(r.Int("customer_id"));
  p.customer_name = r.Text("customer_name");
  p.values.name = r.Text("name");
  if (auto owner = r.OptInt("owner_id")) {
    p.values.owner = UserId(*owner);
    p.owner_name = r.Text("owner_name");
  }
  if (auto seller = r.OptInt("sales_person_id")) {
    p.values.sales_person = UserId(*seller);
    p.sales_person_name = r.Text("sales_person_name");
  }
  p.values.sales_status = SalesStatusId(r.Int("sales_status_id"));
  p.sales_status_name = r.Text("status_name");
  p.sales_category = statuses::ParseCategory(r.Text("category")).value_or(SalesCategory::kInProgress);
  p.state = ParseState(r.Text("state")).value_or(ProjectState::kSales);
  if (auto amount = r.OptInt("expected_amount"))
    p.values.expected_value = Money{*amount, r.Text("expected_currency")};
  p.values.currency = r.Text("project_currency");
  p.values.probability = r.Int("probability");
  p.values.expected_order_date = r.OptText("expected_order_date");
  p.values.start_date = r.OptText("start_date");
  p.values.deadline = r.OptText("deadline");
  p.closed_date = r.OptText("closed_date");
  p.values.description = r.OptText("description");
  p.created_at = r.Text("created_at");
  p.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  p.updated_at = r.Text("updated_at");
  p.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  p.version = r.Int("version");
  return p;
}

/// Binds the columns INSERT and UPDATE share; NULLs through indicators (SOCI 4.0 has no std::optional).
struct ValueBinding {
  ValueBinding(const ProjectValues& v, ProjectState s, const std::optional<std::string>& closed)
      : name(v.name),
        search_text(validation::FoldCase(v.name)),
        state(StateName(s)),
        currency(v.expected_value ? v.expected_value->currency : ""),
        project_currency(v.currency),
        owner(v.owner ? v.owner->value : 0),
        sales_person(v.sales_person ? v.sales_person->value : 0),
        status(v.sales_status.value),
        amount(v.expected_value ? v.expected_value->amount : 0),
        probability(v.probability),
        owner_ind(v.owner ? soci::i_ok : soci::i_null),
        sales_person_ind(v.sales_person ? soci::i_ok : soci::i_null),
        money_ind(v.expected_value ? soci::i_ok : soci::i_null),
        project_currency_ind(v.currency.empty() ? soci::i_null : soci::i_ok) {
    const std::optional<std::string>* from[] = {&v.expected_order_date, &v.start_date, &v.deadline, &closed,
                                                &v.description};
    for (size_t i = 0; i < kTexts; ++i) {
      text[i] = from[i]->value_or("");
      text_ind[i] = *from[i] ? soci::i_ok : soci::i_null;
    }
  }

  void Bind(soci::statement& st) {
    static constexpr const char* kNames[] = {"order_date", "start_date", "deadline", "closed_date",
                                             "description"};
    for (size_t i = 0; i < kTexts; ++i) st.exchange(soci::use(text[i], text_ind[i], kNames[i]));
    st.exchange(soci::use(name, "name"));
    st.exchange(soci::use(search_text, "search_text"));
    st.exchange(soci::use(owner, owner_ind, "owner"));
    st.exchange(soci::use(sales_person, sales_person_ind, "sales_person"));
    st.exchange(soci::use(status, "status"));
    st.exchange(soci::use(state, "state"));
    st.exchange(soci::use(amount, money_ind, "amount"));
    st.exchange(soci::use(currency, money_ind, "currency"));
    st.exchange(soci::use(project_currency, project_currency_ind, "project_currency"));
    st.exchange(soci::use(probability, "probability"));
  }

  static constexpr size_t kTexts = 5;
  std::string text[kTexts];
  soci::indicator text_ind[kTexts];
  std::string name, search_text, state, currency, project_currency;
  long long owner, sales_person, status, amount, probability;
  soci::indicator owner_ind, sales_person_ind, money_ind, project_currency_ind;
};

}  // namespace

void AppendVisibility(db::Query& q, const Visibility& v) {
  if (v.customers_own_only) {
    q.Sql(
         " AND EXISTS (SELECT 1 FROM customers vc WHERE vc.org_id = p.org_id AND vc.id = p.customer_id AND "
         "vc.account_owner_id = :v_owner)")
        .Bind("v_owner", v.user.value);
  }
  if (v.sales == auth::Scope::kAll && v.projects == auth::Scope::kAll) return;
  const bool own = v.sales == auth::Scope::kOwn || v.projects == auth::Scope::kOwn;
  if (v.sales == v.projects) {
    q.Sql(" AND " + ScopeCondition(v.sales));
  } else {
    q.Sql(" AND ((p.state = 'sales' AND " + ScopeCondition(v.sales) + ") OR (p.state <> 'sales' AND " +
          ScopeCondition(v.projects) + "))");
  }
  // Own appears at most once: when the two areas differ, at most one of them is "own".
  if (own) q.Bind("v_user1", v.user.value).Bind("v_user2", v.user.value).Bind("v_user3", v.user.value);
}

std::int64_t ProjectRepository::NextNumber(soci::session& sql, OrgId org) {
  long long o = org.value;
  for (;;) {
    long long number = 0, taken = 0;
    sql << kNextNumber, soci::use(o, "org"), soci::into(number);
    sql << kNumberTaken, soci::use(o, "org"), soci::use(number, "number"), soci::into(taken);
    if (taken == 0) return number;
  }
}

ProjectId ProjectRepository::Insert(soci::session& sql, OrgId org, CustomerId customer, std::int64_t number,
                                    const ProjectValues& values, ProjectState state,
                                    const std::optional<std::string>& closed_date, UserId by,
                                    const std::string& now) {
  ValueBinding v(values, state, closed_date);
  long long o = org.value, c = customer.value, n = number, b = by.value, id = 0;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(o, "org_b"));
  st.exchange(soci::use(n, "number"));
  st.exchange(soci::use(c, "customer"));
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertProject);
  st.define_and_bind();
  st.execute(true);
  ReplaceMembers(sql, org, ProjectId(id), values.members);
  return ProjectId(id);
}

std::vector<ProjectName> ProjectRepository::Names(soci::session& sql, OrgId org,
                                                  const std::vector<ProjectId>& ids,
                                                  const Visibility* visible) {
  std::vector<ProjectName> out;
  if (ids.empty()) return out;
  db::Query q(
      "SELECT p.id, p.number, p.name, p.customer_id FROM projects p WHERE p.org_id = :org AND p.id IN (");
  q.Bind("org", org.value);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string name = "p" + std::to_string(i);
    q.Sql((i == 0 ? ":" : ", :") + name).Bind(name, ids[i].value);
  }
  q.Sql(")");
  if (visible) AppendVisibility(q, *visible);
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out.push_back(
        {ProjectId(r.Int("id")), r.Int("number"), r.Text("name"), CustomerId(r.Int("customer_id"))});
  });
  return out;
}

std::optional<Project> ProjectRepository::Find(soci::session& sql, OrgId org, ProjectId id) {
  db::Query q(kSelectProject);
  q.Bind("org", org.value).Sql(" AND p.id = :id").Bind("id", id.value);
  std::vector<Project> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadProject(row)); });
  if (out.empty()) return std::nullopt;
  LoadMembers(sql, org, out, true);
  return std::move(out.front());
}

std::vector<Project> ProjectRepository::List(soci::session& sql, OrgId org, const ProjectQuery& query,
                                             const Visibility& v, int limit,
                                             std::optional<std::int64_t> before_number) {
  db::Query q(kSelectProject);
  q.Bind("org", org.value);
  if (query.customer) q.Sql(" AND p.customer_id = :customer").Bind("customer", query.customer->value);
  if (query.owner) q.Sql(" AND p.owner_id = :owner").Bind("owner", query.owner->value);
  // A customer's few projects come from its own index. Without statistics SQLite's planner takes the state
  // index there as readily (it also gives the number order), and walks every closed project of the
  // organization (measured at size L: 1.3 s per Sales & projects tab); `state || ''` is the same condition
  // that no index serves, on both databases.
  const std::string state = query.customer ? "p.state || ''" : "p.state";
  switch (query.state) {
    case StateFilter::kSales:
      q.Sql(" AND " + state + " = 'sales'");
      break;
    case StateFilter::kOpen:
      q.Sql(" AND " + state + " = 'open'");
      break;
    case StateFilter::kClosed:
      q.Sql(" AND " + state + " = 'closed'");
      break;
    case StateFilter::kActive:
      q.Sql(" AND " + state + " IN ('sales', 'open')");
      break;
    case StateFilter::kAll:
      break;
  }
  if (query.q) AppendSearch(q, kind_, *query.q);
  AppendVisibility(q, v);
  if (before_number) q.Sql(" AND p.number < :before").Bind("before", *before_number);
  q.Sql(" ORDER BY p.number DESC LIMIT :lim").Bind("lim", limit);
  std::vector<Project> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadProject(row)); });
  LoadMembers(sql, org, out, false);
  return out;
}

bool ProjectRepository::Update(soci::session& sql, OrgId org, ProjectId id, std::int64_t version,
                               const ProjectValues& values, ProjectState state,
                               const std::optional<std::string>& closed_date, UserId by,
                               const std::string& now) {
  ValueBinding v(values, state, closed_date);
  long long o = org.value, i = id.value, ver = version, b = by.value;
  soci::statement st(sql);
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(i, "id"));
  st.exchange(soci::use(ver, "version"));
  st.alloc();
  st.prepare(kUpdateProject);
  st.define_and_bind();
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  ReplaceMembers(sql, org, id, values.members);
  return true;
}

void ProjectRepository::Delete(soci::session& sql, OrgId org, ProjectId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteMembers, soci::use(o, "org"), soci::use(i, "id");
  sql << kDeleteHistory, soci::use(o, "org"), soci::use(i, "id");
  for (const char* statement : kDeleteSettings) sql << statement, soci::use(o, "org"), soci::use(i, "id");
  sql << kDeleteProject, soci::use(o, "org"), soci::use(i, "id");
}

void ProjectRepository::ReplaceMembers(soci::session& sql, OrgId org, ProjectId id,
                                       const std::vector<UserId>& members) {
  long long o = org.value, i = id.value, u = 0;
  sql << kDeleteMembers, soci::use(o, "org"), soci::use(i, "id");
  if (members.empty()) return;
  soci::statement st =
      (sql.prepare << kInsertMember, soci::use(o, "org"), soci::use(i, "id"), soci::use(u, "user"));
  for (auto member : members) {
    u = member.value;
    st.execute(true);
  }
}

void ProjectRepository::LoadMembers(soci::session& sql, OrgId org, std::vector<Project>& projects,
                                    bool names) {
  for (size_t start = 0; start < projects.size(); start += kMemberBatch) {
    const size_t end = std::min(projects.size(), start + kMemberBatch);
    std::map<std::int64_t, Project*> by_id;
    db::Query q(kSelectMembersOf);
    q.Bind("org", org.value);
    for (size_t i = start; i < end; ++i) {
      std::string name = "p";
      name += std::to_string(i - start);
      q.Sql((i == start ? ":" : ", :") + name).Bind(name, projects[i].id.value);
      by_id[projects[i].id.value] = &projects[i];
    }
    q.Sql(") ORDER BY m.project_id, m.user_id");
    q.Each(sql, [&](const soci::row& row) {
      db::RowReader r(row);
      Project* p = by_id[r.Int("project_id")];
      const UserId user(r.Int("user_id"));
      p->values.members.push_back(user);
      if (names) p->members.push_back({user, r.Text("name")});
    });
  }
  if (names) {
    for (auto& p : projects)
      std::sort(p.members.begin(), p.members.end(), [](const UserRef& a, const UserRef& b) {
        return a.name < b.name || (a.name == b.name && a.id < b.id);
      });
  }
}

void ProjectRepository::AddHistory(soci::session& sql, OrgId org, ProjectId id, UserId by,
                                   const std::string& now, std::optional<SalesStatusId> from_status,
                                   SalesStatusId to_status, std::optional<ProjectState> from_state,
                                   ProjectState to_state) {
  long long o = org.value, i = id.value, b = by.value, fs = from_status ? from_status->value : 0,
            ts = to_status.value;
  std::string fst = from_state ? std::string(StateName(*from_state)) : "", tst(StateName(to_state));
  soci::indicator fs_ind = from_status ? soci::i_ok : soci::i_null,
                  fst_ind = from_state ? soci::i_ok : soci::i_null;
  sql << kInsertHistory, soci::use(o, "org"), soci::use(i, "id"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(fs, fs_ind, "from_status"), soci::use(ts, "to_status"), soci::use(fst, fst_ind, "from_state"),
      soci::use(tst, "to_state");
}

std::vector<StatusChange> ProjectRepository::History(soci::session& sql, OrgId org, ProjectId id, int limit,
                                                     std::optional<std::int64_t> before_id) {
  db::Query q(kSelectHistory);
  q.Bind("org", org.value).Bind("id", id.value);
  if (before_id) q.Sql(" AND h.id < :before").Bind("before", *before_id);
  q.Sql(" ORDER BY h.id DESC LIMIT :lim").Bind("lim", limit);
  std::vector<StatusChange> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    StatusChange c;
    c.id = r.Int("id");
    c.at = r.Text("changed_at");
    c.by = {UserId(r.Int("changed_by")), r.Text("changed_by_name")};
    if (auto from = r.OptInt("from_status_id")) {
      c.from_status = SalesStatusId(*from);
      c.from_status_name = r.Text("from_status_name");
    }
    c.to_status = SalesStatusId(r.Int("to_status_id"));
    c.to_status_name = r.Text("to_status_name");
    if (auto from = r.OptText("from_state")) c.from_state = ParseState(*from);
    c.to_state = ParseState(r.Text("to_state")).value_or(ProjectState::kSales);
    out.push_back(std::move(c));
  });
  return out;
}

std::vector<CurrencyTotals> ProjectRepository::Totals(soci::session& sql, OrgId org, CustomerId customer,
                                                      const Visibility& v) {
  db::Query q(kSelectTotalsRows);
  q.Bind("org", org.value).Bind("customer", customer.value);
  AppendVisibility(q, v);
  TotalsBuilder totals;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    totals.Add(r.Text("currency"), r.Int("expected_amount"), r.Int("probability"));
  });
  return totals.Build();
}

std::int64_t ProjectRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, n = 0;
  sql << kCountForCustomer, soci::use(o, "org"), soci::use(c, "customer"), soci::into(n);
  return n;
}

}  // namespace clientele::projects
