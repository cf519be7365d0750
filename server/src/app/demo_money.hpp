#pragma once

#include <vector>

#include "app/app.hpp"
#include "platform/errors/result.hpp"

namespace clientele::app {

/// The demo organization's money: work type prices, the users' hourly costs, and for each open project a
/// price override, six months of hour entries and fees up to today, a cost, and a forecast from six months
/// back to six ahead, so My hours and the project card's Financials show real figures. `people` are the
/// demo users (admin, manager, consultants, read-only) in that order.
Status AddDemoMoney(Services& services, const auth::Principal& admin, const std::vector<users::User>& people,
                    const std::vector<projects::Project>& open_projects);

}  // namespace clientele::app
