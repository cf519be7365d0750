#pragma once

#include "features/customers/customer_service.hpp"
#include "features/financials/project_access.hpp"
#include "features/projects/project_service.hpp"

namespace clientele::app {

/// The financials' view of projects (visibility, ownership, currency), customers (account owner, for
/// events) and the organization (today's date).
financials::ProjectPort FinancialsPortOf(projects::ProjectService& projects,
                                         customers::CustomerService& customers);

}  // namespace clientele::app
