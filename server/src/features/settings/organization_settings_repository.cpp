#include "features/settings/organization_settings_repository.hpp"

#include <array>

#include "features/settings/organization_details.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::settings {

namespace {

constexpr const char* kSelectSettings =
    "SELECT o.name, o.base_currency, o.time_zone, o.legal_name, o.business_id, o.vat_number, o.country, "
    "o.address_street, o.address_postal_code, o.address_city, o.address_country, o.phone, o.email, "
    "o.website, "
    "o.iban, o.bic, o.invoice_footer, o.payment_term_days, o.overdue_interest, o.invoice_language, "
    "o.reference_scheme, o.updated_at, o.updated_by, u.name AS updated_by_name, o.version "
    "FROM organizations o LEFT JOIN users u ON u.org_id = o.id AND u.id = o.updated_by WHERE o.id = :org";
constexpr const char* kUpdateSettings =
    "UPDATE organizations SET base_currency = :currency, time_zone = :zone, legal_name = :legal_name, "
    "business_id = :business_id, vat_number = :vat_number, country = :country, address_street = :street, "
    "address_postal_code = :postal_code, address_city = :city, address_country = :address_country, "
    "phone = :phone, email = :email, website = :website, iban = :iban, bic = :bic, invoice_footer = :footer, "
    "payment_term_days = :term, overdue_interest = :interest, invoice_language = :language, "
    "reference_scheme = :scheme, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE id = :org AND version = :version";

/// Street lines are stored joined by a newline (a line never holds one).
std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

/// An optional text bound as a value or NULL; lives until the statement ran.
struct OptionalText {
  std::string name;
  std::string value;
  soci::indicator indicator = soci::i_null;
  void Set(const std::optional<std::string>& v) {
    value = v.value_or("");
    indicator = v ? soci::i_ok : soci::i_null;
  }
};

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
    s.legal_name = r.OptText("legal_name");
    s.business_id = r.OptText("business_id");
    s.vat_number = r.OptText("vat_number");
    s.country = r.OptText("country");
    if (auto street = r.OptText("address_street")) {
      s.address = OrganizationAddress{SplitLines(*street), r.OptText("address_postal_code"),
                                      r.OptText("address_city"), r.OptText("address_country")};
    }
    s.phone = r.OptText("phone");
    s.email = r.OptText("email");
    s.website = r.OptText("website");
    s.iban = r.OptText("iban");
    s.bic = r.OptText("bic");
    s.invoice_footer = r.OptText("invoice_footer");
    s.payment_term_days = r.Int("payment_term_days");
    s.overdue_interest = r.Int("overdue_interest");
    s.invoice_language = r.OptText("invoice_language");
    if (auto scheme = r.OptText("reference_scheme")) s.reference_scheme = ParseReferenceScheme(*scheme);
    s.updated_at = r.OptText("updated_at");
    if (auto by = r.OptInt("updated_by")) s.updated_by = UserRef{UserId(*by), r.Text("updated_by_name")};
    s.version = r.Int("version");
    out = std::move(s);
  });
  return out;
}

bool OrganizationSettingsRepository::Update(soci::session& sql, OrgId org, const OrganizationSettings& next,
                                            std::int64_t version, UserId by, const std::string& now) {
  long long o = org.value, v = version, b = by.value, term = next.payment_term_days,
            interest = next.overdue_interest;
  enum Text {
    kLegal,
    kBusiness,
    kVat,
    kCountry,
    kStreet,
    kPostal,
    kCity,
    kAddressCountry,
    kPhone,
    kEmail,
    kWebsite,
    kIban,
    kBic,
    kFooter,
    kLanguage,
    kScheme,
    kCount
  };
  std::array<OptionalText, kCount> t;
  t[kLegal].Set(next.legal_name);
  t[kBusiness].Set(next.business_id);
  t[kVat].Set(next.vat_number);
  t[kCountry].Set(next.country);
  if (next.address) {
    t[kStreet].Set(JoinLines(next.address->street_lines));
    t[kPostal].Set(next.address->postal_code);
    t[kCity].Set(next.address->city);
    t[kAddressCountry].Set(next.address->country);
  }
  t[kPhone].Set(next.phone);
  t[kEmail].Set(next.email);
  t[kWebsite].Set(next.website);
  t[kIban].Set(next.iban);
  t[kBic].Set(next.bic);
  t[kFooter].Set(next.invoice_footer);
  t[kLanguage].Set(next.invoice_language);
  if (next.reference_scheme) t[kScheme].Set(std::string(ReferenceSchemeName(*next.reference_scheme)));
  // soci::use keeps a reference to the name until the statement is prepared: the names live in `t` too.
  const char* names[kCount] = {"legal_name", "business_id", "vat_number", "country",
                               "street",     "postal_code", "city",       "address_country",
                               "phone",      "email",       "website",    "iban",
                               "bic",        "footer",      "language",   "scheme"};
  for (int i = 0; i < kCount; ++i) t[i].name = names[i];
  auto use = [&](Text i) { return soci::use(t[i].value, t[i].indicator, t[i].name); };
  soci::statement st =
      (sql.prepare << kUpdateSettings, soci::use(next.base_currency, "currency"),
       soci::use(next.time_zone, "zone"), use(kLegal), use(kBusiness), use(kVat), use(kCountry), use(kStreet),
       use(kPostal), use(kCity), use(kAddressCountry), use(kPhone), use(kEmail), use(kWebsite), use(kIban),
       use(kBic), use(kFooter), soci::use(term, "term"), soci::use(interest, "interest"), use(kLanguage),
       use(kScheme), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"), soci::use(v, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace clientele::settings
