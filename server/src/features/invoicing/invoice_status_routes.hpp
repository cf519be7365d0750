#pragma once

#include "features/invoicing/invoice_status_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::invoicing {

/// /api/v1/settings/invoice-statuses.
void AddInvoiceStatusRoutes(http::Router& router, InvoiceStatusService& service);

}  // namespace clientele::invoicing
