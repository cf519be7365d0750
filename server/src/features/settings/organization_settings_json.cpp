#include "features/settings/organization_settings_json.hpp"

#include "features/settings/organization_details.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"
#include "platform/validation/percent.hpp"

namespace clientele::settings {

namespace {

nlohmann::json AddressJson(const std::optional<OrganizationAddress>& a) {
  if (!a) return nullptr;
  return {{"streetLines", a->street_lines},
          {"postalCode", json::OrNull(a->postal_code)},
          {"city", json::OrNull(a->city)},
          {"country", json::OrNull(a->country)}};
}

/// The address object: {streetLines: [..], postalCode, city, country}; its problems are named
/// "address.<field>".
Field<OrganizationAddress> ReadAddress(json::ObjectReader& r, std::vector<FieldError>& shape_errors,
                                       std::optional<Error>& bad) {
  auto raw = r.Object("address");
  if (!raw.present || !raw.value) return {raw.present, std::nullopt};
  json::ObjectReader inner(*raw.value);
  OrganizationAddress a;
  auto lines = inner.StringList("streetLines");
  a.postal_code = inner.String("postalCode").value;
  a.city = inner.String("city").value;
  a.country = inner.String("country").value;
  auto status = inner.Finish();
  if (!status.ok()) {
    Error e = std::move(status).error();
    for (auto& f : e.fields) f.field = "address." + f.field;
    if (e.code == ErrorCode::kValidationFailed) {
      shape_errors.insert(shape_errors.end(), e.fields.begin(), e.fields.end());
    } else {
      e.message = "address." + e.message;
      bad = std::move(e);
    }
    return {};
  }
  if (lines.value) a.street_lines = *lines.value;
  return {true, std::move(a)};
}

}  // namespace

void to_json(nlohmann::json& j, const OrganizationSettings& s) {
  j = {{"name", s.name},
       {"baseCurrency", s.base_currency},
       {"timeZone", s.time_zone},
       {"legalName", json::OrNull(s.legal_name)},
       {"businessId", json::OrNull(s.business_id)},
       {"vatNumber", json::OrNull(s.vat_number)},
       {"country", json::OrNull(s.country)},
       {"address", AddressJson(s.address)},
       {"phone", json::OrNull(s.phone)},
       {"email", json::OrNull(s.email)},
       {"website", json::OrNull(s.website)},
       {"iban", json::OrNull(s.iban)},
       {"bic", json::OrNull(s.bic)},
       {"invoiceFooter", json::OrNull(s.invoice_footer)},
       {"paymentTermDays", s.payment_term_days},
       {"overdueInterest", validation::FormatPercent(s.overdue_interest)},
       {"invoiceLanguage", EffectiveInvoiceLanguage(s)},
       {"referenceScheme", ReferenceSchemeName(EffectiveReferenceScheme(s))},
       {"invoiceReady", MissingForInvoicing(s)},
       {"updatedAt", json::OrNull(s.updated_at)},
       {"updatedBy", json::OrNull(s.updated_by)},
       {"version", s.version}};
}

Result<OrganizationSettingsPatch> ParseOrganizationSettingsPatch(const nlohmann::json& body) {
  json::ObjectReader r(body);
  OrganizationSettingsPatch patch;
  patch.version = r.Int("version").value;
  patch.base_currency = r.String("baseCurrency");
  patch.time_zone = r.String("timeZone");
  patch.legal_name = r.String("legalName");
  patch.business_id = r.String("businessId");
  patch.vat_number = r.String("vatNumber");
  patch.country = r.String("country");
  std::optional<Error> bad_address;
  patch.address = ReadAddress(r, patch.shape_errors, bad_address);
  patch.phone = r.String("phone");
  patch.email = r.String("email");
  patch.website = r.String("website");
  patch.iban = r.String("iban");
  patch.bic = r.String("bic");
  patch.invoice_footer = r.String("invoiceFooter");
  patch.payment_term_days = r.Int("paymentTermDays");
  patch.overdue_interest = r.String("overdueInterest");
  patch.invoice_language = r.String("invoiceLanguage");
  patch.reference_scheme = r.String("referenceScheme");
  CLIENTELE_CHECK(r.Finish());
  if (bad_address) return std::move(*bad_address);
  return patch;
}

}  // namespace clientele::settings
