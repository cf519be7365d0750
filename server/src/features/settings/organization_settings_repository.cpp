#include "features/settings/organization_settings_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::settings {

namespace {

constexpr const char* kSelectSettings =
    "SELECT o.name, o.base_currency, o.time_zone, o.updated_at, o.updated_by, u.name AS updated_by_name, "
    "o.version FROM organizations o LEFT JOIN users u ON u.org_id = o.id AND u.id = o.updated_by "
    "WHERE o.id = :org";
constexpr const char* kUpdateSettings =
    "UPDATE organizations SET base_currency = :currency, time_zone = :zone, updated_at = :now, "
    "updated_by = :by, version = version + 1 WHERE id = :org AND version = :version";

}  // namespace

std::optional<OrganizationSettings> OrganizationSettingsRepository::Find(soci::session& sql, OrgId org) {
  db::Query q(kSelectSettings);
  q.Bind("org", org.value);
  std::optional<OrganizationSettings> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    OrganizationSettings s;
    s.name = r.Text("name");
    s.base_currency = r.Text("base_currency");
    s.time_zone = r.Text("time_zone");
    s.updated_at = r.OptText("updated_at");
    if (auto by = r.OptInt("updated_by")) s.updated_by = UserRef{UserId(*by), r.Text("updated_by_name")};
    s.version = r.Int("version");
    out = std::move(s);
  });
  return out;
}

bool OrganizationSettingsRepository::Update(soci::session& sql, OrgId org, const OrganizationSettings& next,
                                            std::int64_t version, UserId by, const std::string& now) {
  long long o = org.value, v = version, b = by.value;
  soci::statement st = (sql.prepare << kUpdateSettings, soci::use(next.base_currency, "currency"),
                        soci::use(next.time_zone, "zone"), soci::use(now, "now"), soci::use(b, "by"),
                        soci::use(o, "org"), soci::use(v, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace clientele::settings
