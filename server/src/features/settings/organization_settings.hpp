#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/util/field.hpp"
#include "platform/util/page.hpp"

namespace clientele::settings {

/// The organization-wide settings (one row of `organizations`). Later issues add fields here: the resource
/// grows, its shape stays.
struct OrganizationSettings {
  std::string name;
  /// ISO 4217: the currency of work-type prices, user costs and new projects.
  std::string base_currency;
  /// IANA name: decides month boundaries in the financials.
  std::string time_zone;
  std::optional<std::string> updated_at;
  std::optional<UserRef> updated_by;
  std::int64_t version = 1;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct OrganizationSettingsPatch {
  std::optional<std::int64_t> version;
  Field<std::string> base_currency;
  Field<std::string> time_zone;
};

}  // namespace clientele::settings
