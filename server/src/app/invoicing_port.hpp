#pragma once

#include "features/addresses/address_service.hpp"
#include "features/customers/customer_service.hpp"
#include "features/invoicing/invoice_port.hpp"
#include "features/settings/organization_settings_service.hpp"
#include "features/settings/vat_rate_service.hpp"

namespace clientele::app {

/// Invoicing's view of customers (visibility, account owner, billing address), the organization's details
/// and its VAT rates.
invoicing::InvoicingPort InvoicingPortOf(customers::CustomerService& customers,
                                         addresses::AddressService& addresses,
                                         settings::OrganizationSettingsService& organization,
                                         settings::VatRateService& vat_rates);

}  // namespace clientele::app
