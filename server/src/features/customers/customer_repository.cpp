#include "features/customers/customer_repository.hpp"

#include "platform/db/dialect.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::customers {

namespace {

constexpr const char* kNextNumber =
    "UPDATE org_counters SET value = value + 1 WHERE org_id = :org AND name = 'customer_number' RETURNING "
    "value";
constexpr const char* kRaiseNumberCounter =
    "UPDATE org_counters SET value = :number WHERE org_id = :org AND name = 'customer_number' AND value < "
    ":number2";
constexpr const char* kNumberTaken =
    "SELECT COUNT(*) FROM customers WHERE org_id = :org AND number = :number";

constexpr const char* kInsertCustomer =
    "INSERT INTO customers (org_id, number, name, sort_name, vat_number, country, account_owner_id, email, "
    "website, "
    "phone, industry, is_active, created_at, created_by, updated_at, updated_by, version) "
    "VALUES (:org, :number, :name, :sort_name, :vat, :country, :owner, :email, :website, :phone, :industry, "
    "1, "
    ":now, :by, :now2, :by2, 1) RETURNING id";

constexpr const char* kSelectCustomer =
    "SELECT c.id, c.number, c.name, c.vat_number, c.country, c.account_owner_id, o.name AS owner_name, "
    "c.email, "
    "c.website, c.phone, c.industry, c.is_active, c.created_at, c.created_by, cb.name AS created_by_name, "
    "c.updated_at, c.updated_by, ub.name AS updated_by_name, c.version, c.sort_name "
    "FROM customers c "
    "LEFT JOIN users o ON o.org_id = c.org_id AND o.id = c.account_owner_id "
    "JOIN users cb ON cb.org_id = c.org_id AND cb.id = c.created_by "
    "JOIN users ub ON ub.org_id = c.org_id AND ub.id = c.updated_by "
    "WHERE c.org_id = :org";

// Substring search, indexed on both databases (DESIGN.md §5). Terms under three characters cannot use a
// trigram index, so they match a name prefix over the (org_id, sort_name) index instead.
constexpr const char* kSearchSqlite =
    " AND c.id IN (SELECT rowid FROM customers_search WHERE customers_search MATCH :q)";
constexpr const char* kSearchPostgres =
    " AND lower(c.name || ' ' || c.number::text || ' ' || coalesce(c.vat_number, '')) LIKE :q ESCAPE '\\'";
constexpr const char* kSearchPrefix = " AND c.sort_name >= :q_from AND c.sort_name < :q_to";

constexpr const char* kUpdateCustomer =
    "UPDATE customers SET number = :number, name = :name, sort_name = :sort_name, vat_number = :vat, "
    "country = :country, account_owner_id = :owner, email = :email, website = :website, phone = :phone, "
    "industry = :industry, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kSetActive =
    "UPDATE customers SET is_active = :active, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteCustomer = "DELETE FROM customers WHERE org_id = :org AND id = :id";

Customer ReadCustomer(const soci::row& row) {
  db::RowReader r(row);
  Customer c;
  c.id = CustomerId(r.Int("id"));
  c.values.number = r.Int("number");
  c.values.name = r.Text("name");
  c.values.vat_number = r.OptText("vat_number");
  c.values.country = r.OptText("country");
  if (auto owner = r.OptInt("account_owner_id")) {
    c.values.account_owner = UserId(*owner);
    c.account_owner = UserRef{UserId(*owner), r.Text("owner_name")};
  }
  c.values.email = r.OptText("email");
  c.values.website = r.OptText("website");
  c.values.phone = r.OptText("phone");
  c.values.industry = r.OptText("industry");
  c.is_active = r.Bool("is_active");
  c.created_at = r.Text("created_at");
  c.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  c.updated_at = r.Text("updated_at");
  c.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  c.version = r.Int("version");
  return c;
}

/// Binds the editable columns shared by INSERT and UPDATE.
struct ValueBinding {
  explicit ValueBinding(const CustomerValues& v)
      : number(v.number),
        name(v.name),
        sort_name(validation::FoldCase(v.name)),
        vat(v.vat_number.value_or("")),
        country(v.country.value_or("")),
        owner(v.account_owner ? v.account_owner->value : 0),
        email(v.email.value_or("")),
        website(v.website.value_or("")),
        phone(v.phone.value_or("")),
        industry(v.industry.value_or("")),
        vat_ind(v.vat_number ? soci::i_ok : soci::i_null),
        country_ind(v.country ? soci::i_ok : soci::i_null),
        owner_ind(v.account_owner ? soci::i_ok : soci::i_null),
        email_ind(v.email ? soci::i_ok : soci::i_null),
        website_ind(v.website ? soci::i_ok : soci::i_null),
        phone_ind(v.phone ? soci::i_ok : soci::i_null),
        industry_ind(v.industry ? soci::i_ok : soci::i_null) {}

  void Bind(soci::statement& st) {
    st.exchange(soci::use(number, "number"));
    st.exchange(soci::use(name, "name"));
    st.exchange(soci::use(sort_name, "sort_name"));
    st.exchange(soci::use(vat, vat_ind, "vat"));
    st.exchange(soci::use(country, country_ind, "country"));
    st.exchange(soci::use(owner, owner_ind, "owner"));
    st.exchange(soci::use(email, email_ind, "email"));
    st.exchange(soci::use(website, website_ind, "website"));
    st.exchange(soci::use(phone, phone_ind, "phone"));
    st.exchange(soci::use(industry, industry_ind, "industry"));
  }

  long long number;
  std::string name, sort_name, vat, country;
  long long owner;
  std::string email, website, phone, industry;
  soci::indicator vat_ind, country_ind, owner_ind, email_ind, website_ind, phone_ind, industry_ind;
};

}  // namespace

std::int64_t CustomerRepository::NextNumber(soci::session& sql, OrgId org) {
  long long o = org.value;
  for (;;) {
    long long number = 0;
    sql << kNextNumber, soci::use(o, "org"), soci::into(number);
    if (!NumberTaken(sql, org, number)) return number;
  }
}

bool CustomerRepository::NumberTaken(soci::session& sql, OrgId org, std::int64_t number) {
  long long o = org.value, n = number, count = 0;
  sql << kNumberTaken, soci::use(o, "org"), soci::use(n, "number"), soci::into(count);
  return count > 0;
}

void CustomerRepository::RaiseNumberCounter(soci::session& sql, OrgId org, std::int64_t number) {
  long long o = org.value, n = number;
  sql << kRaiseNumberCounter, soci::use(n, "number"), soci::use(o, "org"), soci::use(n, "number2");
}

CustomerId CustomerRepository::Insert(soci::session& sql, OrgId org, const CustomerValues& values, UserId by,
                                      const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, b = by.value, id = 0;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertCustomer);
  st.define_and_bind();
  st.execute(true);
  return CustomerId(id);
}

std::optional<Customer> CustomerRepository::Find(soci::session& sql, OrgId org, CustomerId id) {
  db::Query q(kSelectCustomer);
  q.Bind("org", org.value).Sql(" AND c.id = :id").Bind("id", id.value);
  std::optional<Customer> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadCustomer(row); });
  return out;
}

std::vector<Customer> CustomerRepository::FindMany(soci::session& sql, OrgId org,
                                                   const std::vector<CustomerId>& ids) {
  std::vector<Customer> out;
  if (ids.empty()) return out;
  db::Query q(kSelectCustomer);
  q.Bind("org", org.value).Sql(" AND c.id IN (");
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string name = "id" + std::to_string(i);
    q.Sql((i == 0 ? ":" : ", :") + name).Bind(name, ids[i].value);
  }
  q.Sql(")");
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadCustomer(row)); });
  return out;
}

std::vector<Customer> CustomerRepository::List(soci::session& sql, OrgId org, const CustomerQuery& query,
                                               int limit, const std::optional<CustomerKey>& after) {
  db::Query q(kSelectCustomer);
  q.Bind("org", org.value);
  if (query.active != ActiveFilter::kAll)
    q.Sql(" AND c.is_active = :active").Bind("active", query.active == ActiveFilter::kActive ? 1 : 0);
  if (query.owner) q.Sql(" AND c.account_owner_id = :owner").Bind("owner", query.owner->value);
  if (query.q) {
    const std::string term = validation::FoldCase(*query.q);
    if (validation::CodePoints(term) >= 3) {
      if (kind_ == db::DbKind::kSqlite)
        q.Sql(kSearchSqlite).Bind("q", db::Fts5Phrase(term));
      else
        q.Sql(kSearchPostgres).Bind("q", db::LikeContains(term));
    } else {
      q.Sql(kSearchPrefix).Bind("q_from", term).Bind("q_to", db::PrefixEnd(term));
    }
  }
  switch (query.sort) {
    case CustomerSort::kNameAsc:
      if (after)
        q.Sql(" AND (c.sort_name, c.id) > (:k_name, :k_id)")
            .Bind("k_name", after->sort_name)
            .Bind("k_id", after->id);
      q.Sql(" ORDER BY c.sort_name, c.id");
      break;
    case CustomerSort::kNameDesc:
      if (after)
        q.Sql(" AND (c.sort_name, c.id) < (:k_name, :k_id)")
            .Bind("k_name", after->sort_name)
            .Bind("k_id", after->id);
      q.Sql(" ORDER BY c.sort_name DESC, c.id DESC");
      break;
    case CustomerSort::kNumberAsc:
      if (after) q.Sql(" AND c.number > :k_number").Bind("k_number", after->number);
      q.Sql(" ORDER BY c.number");
      break;
    case CustomerSort::kNumberDesc:
      if (after) q.Sql(" AND c.number < :k_number").Bind("k_number", after->number);
      q.Sql(" ORDER BY c.number DESC");
      break;
  }
  q.Sql(" LIMIT :lim").Bind("lim", limit);
  std::vector<Customer> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadCustomer(row)); });
  return out;
}

bool CustomerRepository::Update(soci::session& sql, OrgId org, CustomerId id, std::int64_t version,
                                const CustomerValues& values, UserId by, const std::string& now) {
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
  st.prepare(kUpdateCustomer);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool CustomerRepository::SetActive(soci::session& sql, OrgId org, CustomerId id, std::int64_t version,
                                   bool active, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, ver = version, b = by.value, a = active ? 1 : 0;
  soci::statement st =
      (sql.prepare << kSetActive, soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"),
       soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void CustomerRepository::Delete(soci::session& sql, OrgId org, CustomerId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteCustomer, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::customers
