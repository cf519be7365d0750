#pragma once

#include <string>

#include "features/financials/fee.hpp"
#include "platform/errors/result.hpp"

namespace clientele::financials {

/// The values of a new fee or cost (`current` null) or of a changed one (`current` its stored values), from
/// what the client sent: every rule of issue 14 (kind, date, description, quantity with at most two decimals,
/// unit, money in the project's currency, each row's value and cost at most kMaxRowAmount). The VAT rate id
/// is taken as sent; FeeService checks it names a usable rate. All field errors at once.
Result<FeeValues> ApplyFeeInput(const FeeInput& input, const FeeValues* current, const std::string& currency);

}  // namespace clientele::financials
