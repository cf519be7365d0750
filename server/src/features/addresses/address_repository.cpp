#include "features/addresses/address_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::addresses {

namespace {

// PostgreSQL only: SQLite has no row locks and needs none (see LockCustomer).
constexpr const char* kLockCustomerPostgres =
    "SELECT id FROM addresses WHERE org_id = :org AND customer_id = :customer FOR UPDATE";

// The partial unique index allows one headquarters per customer; a second one is skipped, not an error, so
// the service can fall back to a plain address when a concurrent request created the first address.
constexpr const char* kInsertAddress =
    "INSERT INTO addresses (org_id, customer_id, street1, street2, street3, postal_code, city, region, "
    "country, "
    "phone, use_visiting, use_postal, use_billing, use_delivery, is_headquarters, created_at, created_by, "
    "updated_at, updated_by, version) "
    "VALUES (:org, :customer, :street1, :street2, :street3, :postal_code, :city, :region, :country, :phone, "
    ":visiting, :postal, :billing, :delivery, :hq, :now, :by, :now2, :by2, 1) "
    "ON CONFLICT (org_id, customer_id) WHERE is_headquarters = 1 DO NOTHING RETURNING id";

constexpr const char* kSelectAddress =
    "SELECT a.id, a.customer_id, a.street1, a.street2, a.street3, a.postal_code, a.city, a.region, "
    "a.country, "
    "a.phone, a.use_visiting, a.use_postal, a.use_billing, a.use_delivery, a.is_headquarters, a.created_at, "
    "a.created_by, cb.name AS created_by_name, a.updated_at, a.updated_by, ub.name AS updated_by_name, "
    "a.version "
    "FROM addresses a "
    "JOIN users cb ON cb.org_id = a.org_id AND cb.id = a.created_by "
    "JOIN users ub ON ub.org_id = a.org_id AND ub.id = a.updated_by "
    "WHERE a.org_id = :org";

constexpr const char* kCountForCustomer =
    "SELECT COUNT(*) FROM addresses WHERE org_id = :org AND customer_id = :customer";

constexpr const char* kUpdateAddress =
    "UPDATE addresses SET street1 = :street1, street2 = :street2, street3 = :street3, postal_code = "
    ":postal_code, "
    "city = :city, region = :region, country = :country, phone = :phone, use_visiting = :visiting, "
    "use_postal = :postal, use_billing = :billing, use_delivery = :delivery, updated_at = :now, updated_by = "
    ":by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";

constexpr const char* kSetHeadquarters =
    "UPDATE addresses SET is_headquarters = :hq, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id";

constexpr const char* kDeleteAddress = "DELETE FROM addresses WHERE org_id = :org AND id = :id";

Address ReadAddress(const soci::row& row) {
  db::RowReader r(row);
  Address a;
  a.id = AddressId(r.Int("id"));
  a.customer = CustomerId(r.Int("customer_id"));
  for (const char* column : {"street1", "street2", "street3"}) {
    if (auto line = r.OptText(column)) a.values.street.push_back(*line);
  }
  a.values.postal_code = r.OptText("postal_code");
  a.values.city = r.OptText("city");
  a.values.region = r.OptText("region");
  a.values.country = r.OptText("country");
  a.values.phone = r.OptText("phone");
  if (r.Bool("use_visiting")) a.values.uses.push_back(AddressUse::kVisiting);
  if (r.Bool("use_postal")) a.values.uses.push_back(AddressUse::kPostal);
  if (r.Bool("use_billing")) a.values.uses.push_back(AddressUse::kBilling);
  if (r.Bool("use_delivery")) a.values.uses.push_back(AddressUse::kDelivery);
  a.is_headquarters = r.Bool("is_headquarters");
  a.created_at = r.Text("created_at");
  a.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  a.updated_at = r.Text("updated_at");
  a.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  a.version = r.Int("version");
  return a;
}

/// Binds the editable columns shared by INSERT and UPDATE.
struct ValueBinding {
  explicit ValueBinding(const AddressValues& v)
      : visiting(v.Has(AddressUse::kVisiting)),
        postal(v.Has(AddressUse::kPostal)),
        billing(v.Has(AddressUse::kBilling)),
        delivery(v.Has(AddressUse::kDelivery)) {
    for (size_t i = 0; i < 3; ++i) {
      if (i < v.street.size()) street[i] = v.street[i];
      street_ind[i] = i < v.street.size() ? soci::i_ok : soci::i_null;
    }
    auto set = [](const std::optional<std::string>& from, std::string& to, soci::indicator& ind) {
      to = from.value_or("");
      ind = from ? soci::i_ok : soci::i_null;
    };
    set(v.postal_code, postal_code, postal_code_ind);
    set(v.city, city, city_ind);
    set(v.region, region, region_ind);
    set(v.country, country, country_ind);
    set(v.phone, phone, phone_ind);
  }

  void Bind(soci::statement& st) {
    st.exchange(soci::use(street[0], street_ind[0], "street1"));
    st.exchange(soci::use(street[1], street_ind[1], "street2"));
    st.exchange(soci::use(street[2], street_ind[2], "street3"));
    st.exchange(soci::use(postal_code, postal_code_ind, "postal_code"));
    st.exchange(soci::use(city, city_ind, "city"));
    st.exchange(soci::use(region, region_ind, "region"));
    st.exchange(soci::use(country, country_ind, "country"));
    st.exchange(soci::use(phone, phone_ind, "phone"));
    st.exchange(soci::use(visiting, "visiting"));
    st.exchange(soci::use(postal, "postal"));
    st.exchange(soci::use(billing, "billing"));
    st.exchange(soci::use(delivery, "delivery"));
  }

  std::string street[3];
  soci::indicator street_ind[3];
  std::string postal_code, city, region, country, phone;
  soci::indicator postal_code_ind, city_ind, region_ind, country_ind, phone_ind;
  long long visiting, postal, billing, delivery;
};

}  // namespace

void AddressRepository::LockCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  if (kind_ != db::DbKind::kPostgres) return;
  db::Query q(kLockCustomerPostgres);
  q.Bind("org", org.value).Bind("customer", customer.value);
  q.Each(sql, [](const soci::row&) {});
}

std::optional<AddressId> AddressRepository::Insert(soci::session& sql, OrgId org, CustomerId customer,
                                                   const AddressValues& values, bool headquarters, UserId by,
                                                   const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, c = customer.value, hq = headquarters ? 1 : 0, b = by.value, id = 0;
  soci::indicator id_ind = soci::i_null;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(c, "customer"));
  v.Bind(st);
  st.exchange(soci::use(hq, "hq"));
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id, id_ind));
  st.alloc();
  st.prepare(kInsertAddress);
  st.define_and_bind();
  if (!st.execute(true) || id_ind != soci::i_ok) return std::nullopt;
  return AddressId(id);
}

std::optional<Address> AddressRepository::Find(soci::session& sql, OrgId org, AddressId id) {
  db::Query q(kSelectAddress);
  q.Bind("org", org.value).Sql(" AND a.id = :id").Bind("id", id.value);
  std::optional<Address> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadAddress(row); });
  return out;
}

std::vector<Address> AddressRepository::ListForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  db::Query q(kSelectAddress);
  q.Bind("org", org.value).Sql(" AND a.customer_id = :customer").Bind("customer", customer.value);
  q.Sql(" ORDER BY a.is_headquarters DESC, a.id LIMIT :lim").Bind("lim", kMaxAddressesPerCustomer);
  std::vector<Address> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadAddress(row)); });
  return out;
}

std::int64_t AddressRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, count = 0;
  sql << kCountForCustomer, soci::use(o, "org"), soci::use(c, "customer"), soci::into(count);
  return count;
}

bool AddressRepository::Update(soci::session& sql, OrgId org, AddressId id, std::int64_t version,
                               const AddressValues& values, UserId by, const std::string& now) {
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
  st.prepare(kUpdateAddress);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void AddressRepository::SetHeadquarters(soci::session& sql, OrgId org, AddressId id, bool headquarters,
                                        UserId by, const std::string& now) {
  long long o = org.value, i = id.value, hq = headquarters ? 1 : 0, b = by.value;
  sql << kSetHeadquarters, soci::use(hq, "hq"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(o, "org"), soci::use(i, "id");
}

void AddressRepository::Delete(soci::session& sql, OrgId org, AddressId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteAddress, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::addresses
