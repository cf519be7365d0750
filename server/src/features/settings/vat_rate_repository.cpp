#include "features/settings/vat_rate_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::settings {

namespace {

constexpr const char* kSelectRates =
    "SELECT r.id, r.name, r.percent, r.category, r.is_active, r.version, "
    "(SELECT COUNT(*) FROM project_fees f WHERE f.org_id = r.org_id AND f.vat_rate_id = r.id) + (SELECT "
    "COUNT(*) FROM invoice_rows i WHERE i.org_id = r.org_id AND i.vat_rate_id = r.id) AS usage_count "
    "FROM vat_rates r WHERE r.org_id = :org";
constexpr const char* kCountRates = "SELECT COUNT(*) FROM vat_rates WHERE org_id = :org";
constexpr const char* kInsertRate =
    "INSERT INTO vat_rates (org_id, name, percent, category, is_active, created_at, created_by, updated_at, "
    "updated_by, version) VALUES (:org, :name, :percent, :category, :active, :now, :by, :now2, :by2, 1) "
    "RETURNING id";
constexpr const char* kUpdateRate =
    "UPDATE vat_rates SET name = :name, percent = :percent, category = :category, is_active = :active, "
    "updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteRate = "DELETE FROM vat_rates WHERE org_id = :org AND id = :id";

VatRate ReadRate(const soci::row& row) {
  db::RowReader r(row);
  VatRate v;
  v.id = VatRateId(r.Int("id"));
  v.name = r.Text("name");
  v.percent = r.Int("percent");
  v.category = ParseVatCategory(r.Text("category")).value_or(VatCategory::kStandard);
  v.active = r.Bool("is_active");
  v.usage_count = r.Int("usage_count");
  v.version = r.Int("version");
  return v;
}

}  // namespace

std::vector<VatRate> VatRateRepository::List(soci::session& sql, OrgId org) {
  db::Query q(kSelectRates);
  q.Bind("org", org.value).Sql(" ORDER BY r.is_active DESC, r.percent DESC, r.name, r.id");
  std::vector<VatRate> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadRate(row)); });
  return out;
}

std::optional<VatRate> VatRateRepository::Find(soci::session& sql, OrgId org, VatRateId id) {
  db::Query q(kSelectRates);
  q.Bind("org", org.value).Sql(" AND r.id = :id").Bind("id", id.value);
  std::optional<VatRate> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadRate(row); });
  return out;
}

std::int64_t VatRateRepository::Count(soci::session& sql, OrgId org) {
  long long o = org.value, count = 0;
  sql << kCountRates, soci::use(o, "org"), soci::into(count);
  return count;
}

VatRateId VatRateRepository::Insert(soci::session& sql, OrgId org, const VatRate& rate, UserId by,
                                    const std::string& now) {
  long long o = org.value, b = by.value, percent = rate.percent, active = rate.active ? 1 : 0, id = 0;
  const std::string category(VatCategoryCode(rate.category));
  sql << kInsertRate, soci::use(o, "org"), soci::use(rate.name, "name"), soci::use(percent, "percent"),
      soci::use(category, "category"), soci::use(active, "active"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return VatRateId(id);
}

bool VatRateRepository::Update(soci::session& sql, OrgId org, const VatRate& next, std::int64_t version,
                               UserId by, const std::string& now) {
  long long o = org.value, i = next.id.value, ver = version, b = by.value, percent = next.percent,
            active = next.active ? 1 : 0;
  const std::string category(VatCategoryCode(next.category));
  soci::statement st =
      (sql.prepare << kUpdateRate, soci::use(next.name, "name"), soci::use(percent, "percent"),
       soci::use(category, "category"), soci::use(active, "active"), soci::use(now, "now"),
       soci::use(b, "by"), soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void VatRateRepository::Delete(soci::session& sql, OrgId org, VatRateId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteRate, soci::use(o, "org"), soci::use(i, "id");
}

}  // namespace clientele::settings
