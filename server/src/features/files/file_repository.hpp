#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/files/file.hpp"

namespace clientele::files {

/// The files table. Every statement filters by organization; rows come with `project` holding the id only.
class FileRepository {
 public:
  FileId Insert(soci::session& sql, OrgId org, const CardScope& scope, const StoredFile& file, UserId by,
                const std::string& now);
  std::optional<StoredFile> Find(soci::session& sql, OrgId org, FileId id);
  /// Newest first, after the file `after_id` when set. A customer's list includes its projects' files.
  std::vector<StoredFile> List(soci::session& sql, OrgId org, const CardScope& scope, int limit,
                               std::optional<std::int64_t> after_id);
  bool Update(soci::session& sql, OrgId org, FileId id, std::int64_t version, const std::string& name,
              const std::optional<std::string>& description, UserId by, const std::string& now);
  void Delete(soci::session& sql, OrgId org, FileId id);
  /// Whether any file row of the organization still has this content.
  bool BlobInUse(soci::session& sql, OrgId org, const std::string& sha256);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
};

}  // namespace clientele::files
