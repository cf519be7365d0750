#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/addresses/address.hpp"
#include "platform/errors/error.hpp"

namespace clientele::addresses {

std::string_view UseName(AddressUse use);
std::optional<AddressUse> ParseUse(std::string_view name);

/// Validates and normalizes `values` in place (trims, drops empty street lines, empty → absent, country to
/// upper case, uses deduplicated in canonical order); returns one error per rejected field, named as the API
/// names it.
std::vector<FieldError> NormalizeAddressValues(AddressValues& values);

/// Turns API use names into uses; an unknown name is an error on "uses".
std::vector<FieldError> ParseUses(const std::vector<std::string>& names, std::vector<AddressUse>& uses);

/// The values of a new address (still to be normalized).
std::vector<FieldError> FromNewAddress(const NewAddress& input, AddressValues& values);

/// Applies a patch onto the current values; the result still needs NormalizeAddressValues.
std::vector<FieldError> ApplyPatch(const AddressPatch& patch, AddressValues& values);

/// The fields whose values differ, as (API field name, old, new) for the audit log.
struct AddressChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};
std::vector<AddressChange> Diff(const AddressValues& before, const AddressValues& after);

/// "Mannerheimintie 1, 00100 Helsinki, FI": one line for messages and the audit log.
std::string OneLine(const AddressValues& values);

}  // namespace clientele::addresses
