#pragma once

#include "features/invoicing/invoice_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::invoicing {

void AddInvoiceRoutes(http::Router& router, InvoiceService& service);

}  // namespace clientele::invoicing
