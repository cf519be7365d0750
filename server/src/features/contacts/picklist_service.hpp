#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/audit/audit_repository.hpp"
#include "features/contacts/picklist.hpp"
#include "features/contacts/picklist_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::contacts {

/// The organization's keyword and contact-role lists. Anyone signed in may read them (pickers need them);
/// changing them needs the settings right.
class PicklistService {
 public:
  explicit PicklistService(db::Database& db) : db_(db) {}

  Result<std::vector<PicklistItem>> List(const auth::Principal& caller, PicklistKind kind,
                                         bool include_disabled);
  Result<PicklistItem> Create(const auth::Principal& caller, PicklistKind kind,
                              std::optional<std::string> name);
  Result<PicklistItem> Update(const auth::Principal& caller, PicklistKind kind, std::int64_t id,
                              const PicklistPatch& patch);
  /// Deletes an item; one that contacts have needs `deletion` to say what becomes of them (else 409).
  Status Delete(const auth::Principal& caller, PicklistKind kind, std::int64_t id,
                const PicklistDeletion& deletion);

  /// For contacts, inside their transaction: errors on `field` unless every id of `ids` is an item of the
  /// organization, and an active one unless it is among `kept` (a contact keeps a disabled item it already
  /// has).
  std::vector<FieldError> CheckAssignable(soci::session& sql, OrgId org, PicklistKind kind,
                                          const std::vector<std::int64_t>& ids,
                                          const std::vector<std::int64_t>& kept, const std::string& field);

 private:
  void Audit(soci::session& sql, const auth::Principal& caller, PicklistKind kind, std::int64_t id,
             const std::string& field, std::optional<std::string> old_value,
             std::optional<std::string> new_value, const std::string& now);
  Result<std::string> CheckName(soci::session& sql, OrgId org, PicklistKind kind, const std::string& name,
                                std::optional<std::int64_t> self);

  db::Database& db_;
  PicklistRepository repo_;
  audit::AuditRepository audit_;
};

}  // namespace clientele::contacts
