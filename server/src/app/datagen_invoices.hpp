#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "features/projects/project.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::app {

/// Invoices for the generator: the organization's invoicing details, then for every tenth project (so the
/// key accounts get the most) an invoice of its hours and fees up to three months ago, grouped per work
/// type and approved (numbered); every third of them sent, every ninth paid. Made through the invoicing
/// service as `user`, the way the API makes them. Returns the invoices made.
Result<std::int64_t> GenerateInvoices(
    db::Database& db, OrgId org, UserId user,
    const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects);

}  // namespace clientele::app
