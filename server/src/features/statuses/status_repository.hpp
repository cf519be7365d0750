#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/statuses/status.hpp"

namespace clientele::statuses {

/// The sales_statuses and task_statuses tables. Every statement filters by organization.
class StatusRepository {
 public:
  std::vector<SalesStatus> ListSales(soci::session& sql, OrgId org, bool include_disabled);
  std::optional<SalesStatus> FindSales(soci::session& sql, OrgId org, SalesStatusId id);
  SalesStatusId InsertSales(soci::session& sql, OrgId org, const SalesStatus& s, UserId by,
                            const std::string& now);
  bool UpdateSales(soci::session& sql, OrgId org, const SalesStatus& s, std::int64_t version, UserId by,
                   const std::string& now);
  void DeleteSales(soci::session& sql, OrgId org, SalesStatusId id);

  std::vector<TaskStatus> ListTask(soci::session& sql, OrgId org, bool include_disabled);
  std::optional<TaskStatus> FindTask(soci::session& sql, OrgId org, TaskStatusId id);
  TaskStatusId InsertTask(soci::session& sql, OrgId org, const TaskStatus& s, UserId by,
                          const std::string& now);
  bool UpdateTask(soci::session& sql, OrgId org, const TaskStatus& s, std::int64_t version, UserId by,
                  const std::string& now);
  /// Takes the default flag from whichever status has it (bumping its version).
  void ClearTaskDefault(soci::session& sql, OrgId org, UserId by, const std::string& now);
  void DeleteTask(soci::session& sql, OrgId org, TaskStatusId id);

  /// The id of the status of this kind whose case-folded name is `name_key`.
  std::optional<std::int64_t> FindByKey(soci::session& sql, OrgId org, bool sales,
                                        const std::string& name_key);
  std::int64_t Count(soci::session& sql, OrgId org, bool sales);
  /// One past the highest position of the kind (1 for none).
  std::int64_t NextPosition(soci::session& sql, OrgId org, bool sales);
};

}  // namespace clientele::statuses
