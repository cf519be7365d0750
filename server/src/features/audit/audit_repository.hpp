#pragma once

#include <optional>
#include <vector>

#include <soci/soci.h>

#include "features/audit/audit.hpp"

namespace clientele::audit {

/// The audit_log table: who changed what, when. Written in the same transaction as the change itself.
class AuditRepository {
 public:
  void Insert(soci::session& sql, OrgId org, const AuditEntry& entry);
  /// Newest first; `before_id` continues after the last entry of the previous page.
  std::vector<AuditEntry> List(soci::session& sql, OrgId org, const std::string& entity,
                               std::int64_t entity_id, int limit, std::optional<std::int64_t> before_id);
};

}  // namespace clientele::audit
