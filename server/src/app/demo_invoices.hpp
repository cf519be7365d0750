#pragma once

#include <vector>

#include "app/app.hpp"

namespace clientele::app {

/// The demo organization's invoices, made from its projects' hours and fees the way a firm does month by
/// month: on the first project an older invoice paid and last month's sent (open), on the second last
/// month's sent and credited (its hours open again), on the third this month's draft. Needs the demo money.
Status AddDemoInvoices(Services& services, const auth::Principal& admin,
                       const std::vector<projects::Project>& open_projects);

}  // namespace clientele::app
