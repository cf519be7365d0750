#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/invoicing/invoice.hpp"
#include "features/settings/organization_settings.hpp"
#include "features/settings/vat_rate.hpp"
#include "platform/auth/principal.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

/// What an invoice needs to know about its customer.
struct CustomerFacts {
  CustomerId id;
  std::string name;
  std::optional<UserId> account_owner;
  /// Its billing address, else its headquarters (name only when it has no address).
  BillingAddress billing_address;
};

/// How invoicing learns about customers, the organization and its VAT rates without reading their tables:
/// the app wires it to the customers, addresses and settings features.
struct InvoicingPort {
  /// The customer when the caller may see it (404 / 403 otherwise).
  std::function<Result<CustomerFacts>(soci::session&, const auth::Principal&, CustomerId)> customer;
  std::function<settings::OrganizationSettings(soci::session&, OrgId)> organization;
  /// Every VAT rate of the organization, in the settings list's order.
  std::function<std::vector<settings::VatRate>(soci::session&, OrgId)> vat_rates;
};

}  // namespace clientele::invoicing
