#include "features/financials/fee_repository.hpp"

#include "features/financials/money_math.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::financials {

namespace {

constexpr const char* kInsertFee =
    "INSERT INTO project_fees (org_id, project_id, customer_id, kind, fee_date, description, quantity, unit, "
    "unit_price, unit_cost, currency, billable, vat_rate_id, created_at, created_by, updated_at, updated_by, "
    "version) VALUES (:org, :project, :customer, :kind, :date, :description, :quantity, :unit, :price, "
    ":cost, "
    ":currency, :billable, :vat, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kSelectFee =
    "SELECT f.id, f.project_id, f.customer_id, f.kind, f.fee_date, f.description, f.quantity, f.unit, "
    "f.unit_price, f.unit_cost, f.currency, f.billable, f.vat_rate_id, f.invoice_id, f.created_at, "
    "f.created_by, cb.name AS created_by_name, f.updated_at, f.updated_by, ub.name AS updated_by_name, "
    "f.version FROM project_fees f "
    "JOIN users cb ON cb.org_id = f.org_id AND cb.id = f.created_by "
    "JOIN users ub ON ub.org_id = f.org_id AND ub.id = f.updated_by WHERE f.org_id = :org";
constexpr const char* kSelectGroups =
    "SELECT '' AS month, f.billable, f.quantity, f.unit_price, f.unit_cost, COUNT(*) AS n FROM project_fees "
    "f "
    "WHERE f.org_id = :org AND f.project_id = :project";
constexpr const char* kGroupByValues = " GROUP BY f.billable, f.quantity, f.unit_price, f.unit_cost";
constexpr const char* kSelectMonthGroups =
    "SELECT substr(f.fee_date, 1, 7) AS month, f.billable, f.quantity, f.unit_price, f.unit_cost, COUNT(*) "
    "AS n "
    "FROM project_fees f WHERE f.org_id = :org AND f.project_id = :project AND f.fee_date >= :from "
    "AND f.fee_date <= :to AND f.currency = :currency "
    "GROUP BY substr(f.fee_date, 1, 7), f.billable, f.quantity, f.unit_price, f.unit_cost";
constexpr const char* kUpdateFee =
    "UPDATE project_fees SET kind = :kind, fee_date = :date, description = :description, quantity = "
    ":quantity, "
    "unit = :unit, unit_price = :price, unit_cost = :cost, billable = :billable, vat_rate_id = :vat, "
    "updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version AND invoice_id IS NULL";
constexpr const char* kAnyFee =
    "SELECT f.id FROM project_fees f WHERE f.org_id = :org AND f.project_id = :project LIMIT 1";
constexpr const char* kDeleteFee =
    "DELETE FROM project_fees WHERE org_id = :org AND id = :id AND invoice_id IS NULL";

Fee ReadFee(const soci::row& row) {
  db::RowReader r(row);
  Fee f;
  f.id = FeeId(r.Int("id"));
  f.project = ProjectId(r.Int("project_id"));
  f.customer = CustomerId(r.Int("customer_id"));
  f.values.kind = ParseFeeKind(r.Text("kind")).value_or(FeeKind::kFee);
  f.values.date = r.Text("fee_date");
  f.values.description = r.Text("description");
  f.values.quantity = r.Int("quantity");
  f.values.unit = r.Text("unit");
  f.values.unit_price = r.Int("unit_price");
  f.values.unit_cost = r.Int("unit_cost");
  f.values.billable = r.Bool("billable");
  f.values.vat_rate_id = r.OptInt("vat_rate_id");
  f.currency = r.Text("currency");
  f.invoice_id = r.OptInt("invoice_id");
  // Stored rows were bounded when written; a value beyond the bound shows as 0 rather than wrapping.
  f.price_total = LineAmount(f.values.quantity, f.values.unit_price).value_or(0);
  f.cost_total = LineAmount(f.values.quantity, f.values.unit_cost).value_or(0);
  f.created_at = r.Text("created_at");
  f.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  f.updated_at = r.Text("updated_at");
  f.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  f.version = r.Int("version");
  return f;
}

FeeRows ReadRows(const soci::row& row) {
  db::RowReader r(row);
  return {r.Text("month"),     r.Bool("billable"), r.Int("quantity"),
          r.Int("unit_price"), r.Int("unit_cost"), r.Int("n")};
}

void Filter(db::Query& q, const FeeQuery& query) {
  if (query.kind) q.Sql(" AND f.kind = :kind").Bind("kind", std::string(FeeKindName(*query.kind)));
  if (query.from) q.Sql(" AND f.fee_date >= :from").Bind("from", *query.from);
  if (query.to) q.Sql(" AND f.fee_date <= :to").Bind("to", *query.to);
}

}  // namespace

FeeId FeeRepository::Insert(soci::session& sql, OrgId org, const ProjectFacts& project, const FeeValues& v,
                            UserId by, const std::string& now) {
  long long o = org.value, p = project.id.value, c = project.customer.value, q = v.quantity,
            price = v.unit_price, cost = v.unit_cost, billable = v.billable ? 1 : 0,
            vat = v.vat_rate_id.value_or(0), b = by.value, id = 0;
  soci::indicator vat_ind = v.vat_rate_id ? soci::i_ok : soci::i_null;
  const std::string kind(FeeKindName(v.kind));
  sql << kInsertFee, soci::use(o, "org"), soci::use(p, "project"), soci::use(c, "customer"),
      soci::use(kind, "kind"), soci::use(v.date, "date"), soci::use(v.description, "description"),
      soci::use(q, "quantity"), soci::use(v.unit, "unit"), soci::use(price, "price"), soci::use(cost, "cost"),
      soci::use(project.currency, "currency"), soci::use(billable, "billable"),
      soci::use(vat, vat_ind, "vat"), soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"),
      soci::use(b, "by2"), soci::into(id);
  return FeeId(id);
}

std::optional<Fee> FeeRepository::Find(soci::session& sql, OrgId org, FeeId id) {
  db::Query q(kSelectFee);
  q.Bind("org", org.value).Sql(" AND f.id = :id").Bind("id", id.value);
  std::optional<Fee> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadFee(row); });
  return out;
}

std::vector<Fee> FeeRepository::List(soci::session& sql, OrgId org, ProjectId project, const FeeQuery& query,
                                     int limit, const std::optional<FeeCursor>& after) {
  db::Query q(kSelectFee);
  q.Bind("org", org.value).Sql(" AND f.project_id = :project").Bind("project", project.value);
  Filter(q, query);
  if (after) {
    q.Sql(" AND (f.fee_date < :after_date OR (f.fee_date = :after_date2 AND f.id < :after_id))")
        .Bind("after_date", after->date)
        .Bind("after_date2", after->date)
        .Bind("after_id", after->id);
  }
  q.Sql(" ORDER BY f.fee_date DESC, f.id DESC LIMIT :lim").Bind("lim", limit);
  std::vector<Fee> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadFee(row)); });
  return out;
}

std::vector<FeeRows> FeeRepository::Totals(soci::session& sql, OrgId org, ProjectId project,
                                           const FeeQuery& query) {
  db::Query q(kSelectGroups);
  q.Bind("org", org.value).Bind("project", project.value);
  Filter(q, query);
  q.Sql(kGroupByValues);
  std::vector<FeeRows> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadRows(row)); });
  return out;
}

std::vector<FeeRows> FeeRepository::MonthRows(soci::session& sql, OrgId org, ProjectId project,
                                              const std::string& currency, const std::string& from,
                                              const std::string& to) {
  db::Query q(kSelectMonthGroups);
  q.Bind("org", org.value)
      .Bind("project", project.value)
      .Bind("from", from)
      .Bind("to", to)
      .Bind("currency", currency);
  std::vector<FeeRows> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadRows(row)); });
  return out;
}

bool FeeRepository::Update(soci::session& sql, OrgId org, FeeId id, std::int64_t version, const FeeValues& v,
                           UserId by, const std::string& now) {
  long long o = org.value, i = id.value, ver = version, q = v.quantity, price = v.unit_price,
            cost = v.unit_cost, billable = v.billable ? 1 : 0, vat = v.vat_rate_id.value_or(0), b = by.value;
  soci::indicator vat_ind = v.vat_rate_id ? soci::i_ok : soci::i_null;
  const std::string kind(FeeKindName(v.kind));
  soci::statement st =
      (sql.prepare << kUpdateFee, soci::use(kind, "kind"), soci::use(v.date, "date"),
       soci::use(v.description, "description"), soci::use(q, "quantity"), soci::use(v.unit, "unit"),
       soci::use(price, "price"), soci::use(cost, "cost"), soci::use(billable, "billable"),
       soci::use(vat, vat_ind, "vat"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
       soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool FeeRepository::AnyForProject(soci::session& sql, OrgId org, ProjectId project) {
  db::Query q(kAnyFee);
  q.Bind("org", org.value).Bind("project", project.value);
  bool any = false;
  q.Each(sql, [&](const soci::row&) { any = true; });
  return any;
}

bool FeeRepository::Delete(soci::session& sql, OrgId org, FeeId id) {
  long long o = org.value, i = id.value;
  soci::statement st = (sql.prepare << kDeleteFee, soci::use(o, "org"), soci::use(i, "id"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace clientele::financials
