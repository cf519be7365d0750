#pragma once

#include <nlohmann/json.hpp>

#include "features/invoicing/invoice_status.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

void to_json(nlohmann::json& j, const InvoiceStatus& s);

/// Request bodies; wrong types → 400, unknown fields → 422.
Result<NewInvoiceStatus> ParseNewInvoiceStatus(const nlohmann::json& body);
Result<InvoiceStatusPatch> ParseInvoiceStatusPatch(const nlohmann::json& body);
Result<InvoiceStatusOrder> ParseInvoiceStatusOrder(const nlohmann::json& body);

}  // namespace clientele::invoicing
