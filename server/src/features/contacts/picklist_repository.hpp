#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/contacts/picklist.hpp"

namespace clientele::contacts {

/// The keywords and contact_roles tables, and what deleting an item does to the contacts that have it.
/// Every statement filters by organization.
class PicklistRepository {
 public:
  std::int64_t Insert(soci::session& sql, OrgId org, PicklistKind kind, const std::string& name, UserId by,
                      const std::string& now);
  /// With the usage count.
  std::optional<PicklistItem> Find(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id);
  /// The item whose case-folded name is `name_key`.
  std::optional<std::int64_t> FindByKey(soci::session& sql, OrgId org, PicklistKind kind,
                                        const std::string& name_key);
  /// In name order, with usage counts (at most kMaxPicklistItems).
  std::vector<PicklistItem> List(soci::session& sql, OrgId org, PicklistKind kind, bool include_disabled);
  /// Id and whether active, of those of `ids` that exist (no usage counts).
  std::vector<PicklistItem> FindMany(soci::session& sql, OrgId org, PicklistKind kind,
                                     const std::vector<std::int64_t>& ids);
  std::int64_t Count(soci::session& sql, OrgId org, PicklistKind kind);
  bool Update(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id, std::int64_t version,
              const std::string& name, bool active, UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id);

  /// Gives every contact that has `from` the item `to` instead (bumping their versions).
  void MoveUsage(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t from, std::int64_t to,
                 UserId by, const std::string& now);
  /// Takes `id` away from every contact that has it (bumping their versions).
  void RemoveUsage(soci::session& sql, OrgId org, PicklistKind kind, std::int64_t id, UserId by,
                   const std::string& now);
};

}  // namespace clientele::contacts
