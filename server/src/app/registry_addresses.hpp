#pragma once

#include "features/addresses/address_service.hpp"
#include "features/registry/registry.hpp"

namespace clientele::app {

/// The registry update's way into the addresses feature. The registry's visiting address is the customer's
/// headquarters (UpsertHeadquarters, serving "visiting"); its postal address is the address serving "postal"
/// (UpsertForUse). A region is kept while the town stays the same, since registries do not give one.
registry::AddressPort RegistryAddressPort(addresses::AddressService& addresses);

}  // namespace clientele::app
