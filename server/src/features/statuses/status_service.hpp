#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "features/audit/audit_repository.hpp"
#include "features/statuses/status.hpp"
#include "features/statuses/status_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::statuses {

/// The organization's sales-status and task-status lists. Anyone signed in may read them (pickers and boards
/// need them); changing them needs the settings right. A status that projects or tasks use cannot be
/// deleted (the foreign keys say so), only disabled.
class StatusService {
 public:
  explicit StatusService(db::Database& db) : db_(db) {}

  Result<std::vector<SalesStatus>> ListSales(const auth::Principal& caller, bool include_disabled);
  Result<SalesStatus> CreateSales(const auth::Principal& caller, const NewSalesStatus& input);
  Result<SalesStatus> UpdateSales(const auth::Principal& caller, SalesStatusId id,
                                  const SalesStatusPatch& patch);
  Status DeleteSales(const auth::Principal& caller, SalesStatusId id);

  Result<std::vector<TaskStatus>> ListTask(const auth::Principal& caller, bool include_disabled);
  Result<TaskStatus> CreateTask(const auth::Principal& caller, const NewTaskStatus& input);
  Result<TaskStatus> UpdateTask(const auth::Principal& caller, TaskStatusId id, const TaskStatusPatch& patch);
  Status DeleteTask(const auth::Principal& caller, TaskStatusId id);

  /// For other features, inside their transaction.
  std::optional<SalesStatus> FindSales(soci::session& sql, OrgId org, SalesStatusId id) {
    return repo_.FindSales(sql, org, id);
  }
  std::optional<TaskStatus> FindTask(soci::session& sql, OrgId org, TaskStatusId id) {
    return repo_.FindTask(sql, org, id);
  }
  /// The first active sales status of `category` in list order.
  std::optional<SalesStatus> FirstSales(soci::session& sql, OrgId org, SalesCategory category);
  std::optional<TaskStatus> DefaultTask(soci::session& sql, OrgId org);
  /// Every task status, disabled ones too, in list order (board columns).
  std::vector<TaskStatus> TaskColumns(soci::session& sql, OrgId org) {
    return repo_.ListTask(sql, org, true);
  }

 private:
  /// (API field, old value, new value) of each changed field, for the audit log.
  using Changes = std::vector<std::pair<std::string, std::pair<std::string, std::string>>>;
  void Audit(soci::session& sql, const auth::Principal& caller, const char* entity, std::int64_t id,
             const Changes& changes, const std::string& now);
  Result<std::string> CheckName(soci::session& sql, OrgId org, bool sales, const std::string& name,
                                std::optional<std::int64_t> self);

  db::Database& db_;
  StatusRepository repo_;
  audit::AuditRepository audit_;
};

}  // namespace clientele::statuses
