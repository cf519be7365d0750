#pragma once

#include <ostream>

#include "app/app.hpp"
#include "platform/errors/result.hpp"

namespace clientele::app {

/// Loads the demo organization (a user for every built-in role, realistic Finnish and Norwegian customers)
/// when the database has no organization at all; does nothing otherwise.
Status LoadDemoIfEmpty(Services& services);

/// The demo sign-ins, for the terminal.
void PrintDemoLogins(std::ostream& out);

}  // namespace clientele::app
