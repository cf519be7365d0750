#pragma once

#include <nlohmann/json.hpp>

#include "features/audit/audit.hpp"
#include "features/customers/customer.hpp"
#include "platform/errors/result.hpp"

namespace clientele::customers {

void to_json(nlohmann::json& j, const Customer& c);
void to_json(nlohmann::json& j, const CustomerCard& card);

/// POST /customers body. Wrong types → 400; unknown fields → 422.
Result<NewCustomer> ParseNewCustomer(const nlohmann::json& body);
/// PATCH /customers/{id} body.
Result<CustomerPatch> ParseCustomerPatch(const nlohmann::json& body);

}  // namespace clientele::customers

namespace clientele::audit {
void to_json(nlohmann::json& j, const AuditEntry& e);
}  // namespace clientele::audit
