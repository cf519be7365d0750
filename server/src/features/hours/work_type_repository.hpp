#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/hours/work_type.hpp"

namespace clientele::hours {

/// Whether a lookup counts the type's hour entries and project prices (a settings page, not a hot path).
enum class WithUsage { kNo, kYes };

/// The work_types table (an organization list); prices are in `currency`, the base currency, given by the
/// caller. Every statement filters by organization.
class WorkTypeRepository {
 public:
  /// Every type with its usage count, by name.
  std::vector<WorkType> List(soci::session& sql, OrgId org, const std::string& currency);
  std::optional<WorkType> Find(soci::session& sql, OrgId org, WorkTypeId id, const std::string& currency,
                               WithUsage usage = WithUsage::kNo);
  /// The type whose case-folded name is `key`, or whose code is `code`.
  std::optional<WorkTypeId> FindByName(soci::session& sql, OrgId org, const std::string& key);
  std::optional<WorkTypeId> FindByCode(soci::session& sql, OrgId org, const std::string& code);
  std::int64_t Count(soci::session& sql, OrgId org);
  /// Whether any type has a price above zero (they are in the base currency).
  bool AnyPriced(soci::session& sql, OrgId org);
  WorkTypeId Insert(soci::session& sql, OrgId org, const WorkType& type, UserId by, const std::string& now);
  /// Writes every field when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, const WorkType& next, std::int64_t version, UserId by,
              const std::string& now);
  void Delete(soci::session& sql, OrgId org, WorkTypeId id);
};

}  // namespace clientele::hours
