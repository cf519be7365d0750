#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "features/financials/fee.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::financials {

/// {amount, currency}.
nlohmann::json MoneyJson(std::int64_t amount, const std::string& currency);
/// {amount, currency}, or null when the figure is empty.
nlohmann::json MoneyJson(const std::optional<std::int64_t>& amount, const std::string& currency);

/// A money field `name`: absent, null, or {amount: integer minor units, currency}; any other shape adds a
/// 422 to `errors` (an amount such as 12.5 is not in minor units).
Field<Money> ReadMoney(clientele::json::ObjectReader& r, const std::string& name,
                       std::vector<FieldError>& errors);
/// The same for a value already taken out of its object.
Field<Money> MoneyFrom(const nlohmann::json* value, const std::string& name, std::vector<FieldError>& errors);

}  // namespace clientele::financials
