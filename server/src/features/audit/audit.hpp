#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::audit {

/// Where a change came from, shown in the history ("updated from PRH").
inline constexpr const char* kSourceUser = "user";

/// One changed field of one record.
struct AuditEntry {
  std::int64_t id = 0;
  std::string entity;  // "customer", "contact", …
  std::int64_t entity_id = 0;
  std::string
      field;  // API field name; "created", "deleted", "inactivated", "reactivated" for whole-record events
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
  std::string source = kSourceUser;
  std::string changed_at;
  UserRef changed_by;
};

}  // namespace clientele::audit
