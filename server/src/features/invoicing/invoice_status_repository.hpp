#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/invoicing/invoice_status.hpp"

namespace clientele::invoicing {

/// The invoice_statuses table (an organization list). Every statement filters by organization.
class InvoiceStatusRepository {
 public:
  /// Every status, disabled ones too, in order.
  std::vector<InvoiceStatus> List(soci::session& sql, OrgId org);
  std::optional<InvoiceStatus> Find(soci::session& sql, OrgId org, InvoiceStatusId id);
  InvoiceStatusId Insert(soci::session& sql, OrgId org, const InvoiceStatus& s, UserId by,
                         const std::string& now);
  /// Writes every field but the position when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, const InvoiceStatus& s, std::int64_t version, UserId by,
              const std::string& now);
  /// Moves a status to `position`, bumping its version only when that changes it.
  void SetPosition(soci::session& sql, OrgId org, InvoiceStatusId id, std::int64_t position, UserId by,
                   const std::string& now);
  /// Takes the default flag from whichever status has it (bumping its version).
  void ClearDefault(soci::session& sql, OrgId org, UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, InvoiceStatusId id);

  /// The id of the status whose case-folded name is `name_key`.
  std::optional<InvoiceStatusId> FindByKey(soci::session& sql, OrgId org, const std::string& name_key);
  std::int64_t Count(soci::session& sql, OrgId org);
  /// One past the highest position (1 for none).
  std::int64_t NextPosition(soci::session& sql, OrgId org);
};

}  // namespace clientele::invoicing
