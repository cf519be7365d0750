#pragma once

#include <vector>

#include "features/customers/customer.hpp"
#include "platform/errors/error.hpp"

namespace clientele::customers {

constexpr std::int64_t kMaxCustomerNumber = 999'999'999'999;

/// Validates and normalizes `values` in place (trims, empty → absent, VAT to its stored form, website gets a
/// scheme); returns one error per rejected field, named as the API names it.
std::vector<FieldError> NormalizeCustomerValues(CustomerValues& values);

/// Applies a patch onto the current values; the result still needs NormalizeCustomerValues.
/// A null for a required field (name, number) is an error.
std::vector<FieldError> ApplyPatch(const CustomerPatch& patch, CustomerValues& values);

/// The fields whose values differ, as (API field name, old, new) for the audit log.
struct FieldChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};
std::vector<FieldChange> Diff(const CustomerValues& before, const CustomerValues& after);

}  // namespace clientele::customers
