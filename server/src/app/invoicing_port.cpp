#include "app/invoicing_port.hpp"

namespace clientele::app {

namespace {

/// The customer's billing address: the one used for billing, else the headquarters.
invoicing::BillingAddress BillingAddressOf(const customers::Customer& customer,
                                           const std::vector<addresses::Address>& list) {
  const addresses::Address* chosen = nullptr;
  for (const auto& a : list)
    if (a.values.Has(addresses::AddressUse::kBilling)) chosen = chosen ? chosen : &a;
  for (const auto& a : list)
    if (!chosen && a.is_headquarters) chosen = &a;
  invoicing::BillingAddress out;
  out.name = customer.values.name;
  out.country = customer.values.country.value_or("");
  if (!chosen) return out;
  out.street_lines = chosen->values.street;
  out.postal_code = chosen->values.postal_code.value_or("");
  out.city = chosen->values.city.value_or("");
  if (chosen->values.country) out.country = *chosen->values.country;
  return out;
}

}  // namespace

invoicing::InvoicingPort InvoicingPortOf(customers::CustomerService& customers,
                                         addresses::AddressService& addresses,
                                         settings::OrganizationSettingsService& organization,
                                         settings::VatRateService& vat_rates) {
  invoicing::InvoicingPort port;
  port.customer = [&customers, &addresses](soci::session& sql, const auth::Principal& caller,
                                           CustomerId id) -> Result<invoicing::CustomerFacts> {
    CLIENTELE_TRY(customer, customers.Visible(sql, caller, id));
    invoicing::CustomerFacts facts;
    facts.id = id;
    facts.name = customer.values.name;
    facts.account_owner = customer.values.account_owner;
    facts.billing_address = BillingAddressOf(customer, addresses.ListForCustomer(sql, caller.org, id));
    return facts;
  };
  port.organization = [&organization](soci::session& sql, OrgId org) { return organization.Find(sql, org); };
  port.vat_rates = [&vat_rates](soci::session& sql, OrgId org) { return vat_rates.All(sql, org); };
  return port;
}

}  // namespace clientele::app
