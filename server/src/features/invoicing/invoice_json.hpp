#pragma once

#include <nlohmann/json.hpp>

#include "features/invoicing/invoice.hpp"
#include "features/invoicing/invoice_service.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

void to_json(nlohmann::json& j, const Invoice& invoice);
void to_json(nlohmann::json& j, const InvoiceSummary& invoice);
void to_json(nlohmann::json& j, const Uninvoiced& rows);

/// POST /api/v1/invoices body.
Result<NewInvoice> ParseNewInvoice(const nlohmann::json& body);
/// PATCH /api/v1/invoices/{id} body.
Result<InvoicePatch> ParseInvoicePatch(const nlohmann::json& body);
/// POST /api/v1/invoices/{id}/rows and PATCH /api/v1/invoice-rows/{id} bodies.
Result<RowInput> ParseRowInput(const nlohmann::json& body);

}  // namespace clientele::invoicing
