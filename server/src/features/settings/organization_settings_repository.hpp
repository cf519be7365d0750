#pragma once

#include <optional>
#include <string>

#include <soci/soci.h>

#include "features/settings/organization_settings.hpp"
#include "platform/util/ids.hpp"

namespace clientele::settings {

/// The settings columns of `organizations`.
class OrganizationSettingsRepository {
 public:
  std::optional<OrganizationSettings> Find(soci::session& sql, OrgId org);
  /// Writes the settings when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, const OrganizationSettings& next, std::int64_t version,
              UserId by, const std::string& now);
};

}  // namespace clientele::settings
