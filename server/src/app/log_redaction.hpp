#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "platform/http/router.hpp"

namespace clientele::app {

/// The request's target as the log shows it: secret path parameters (a calendar feed's token) and the
/// values of secret query parameters (token, secret, password, key) become "***".
std::string LoggedTarget(const http::Router& router, const http::Request& request);

/// An exception's text for the log. SOCI appends the failed statement and the values bound to it, which
/// can be password or token hashes: only the database's own message is kept.
std::string LoggableError(const std::exception& error);

/// A database URL without its password, in both forms: postgresql://user:secret@host/db and password=….
std::string WithoutPassword(std::string_view url);

}  // namespace clientele::app
