#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "features/customers/customer_service.hpp"
#include "features/files/blob_store.hpp"
#include "features/files/file.hpp"
#include "features/files/file_repository.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"
#include "platform/events/event_bus.hpp"

namespace clientele::files {

/// Files on the customer card and the project card. Viewing and downloading need customers view; uploading,
/// renaming, describing and deleting need customers edit (DESIGN.md §6). A file of a project the caller may
/// not see is 404 on every route by its id, as it is missing from the lists.
class FileService {
 public:
  FileService(db::Database& db, customers::CustomerService& customers, std::filesystem::path blob_root)
      : db_(db), access_(customers, projects_), blobs_(std::move(blob_root)) {}

  void SetProjectPort(notes::ProjectPort port) { projects_ = std::move(port); }
  /// Where committed changes are announced (live updates).
  void SetPublisher(events::Publisher& publisher) { publisher_ = &publisher; }

  /// A customer's files and its projects' files, newest first.
  Result<Page<StoredFile>> ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                           const PageRequest& page);
  Result<Page<StoredFile>> ListForProject(const auth::Principal& caller, ProjectId project,
                                          const PageRequest& page);
  Result<StoredFile> UploadToCustomer(const auth::Principal& caller, CustomerId customer,
                                      const Upload& upload);
  Result<StoredFile> UploadToProject(const auth::Principal& caller, ProjectId project, const Upload& upload);
  /// The file and its bytes, for download.
  Result<FileContent> Content(const auth::Principal& caller, FileId id);
  Result<StoredFile> Update(const auth::Principal& caller, FileId id, const FilePatch& patch);
  /// Deletes the row, and the content when no other file of the organization has it.
  Status Delete(const auth::Principal& caller, FileId id);

  /// For CustomerService's attachment probe: "2 files", or nullopt when none.
  std::optional<std::string> AttachedTo(soci::session& sql, OrgId org, CustomerId customer);

 private:
  using Scoper = std::function<Result<notes::CardScope>(soci::session&)>;
  Result<Page<StoredFile>> List(const auth::Principal& caller, const PageRequest& page, const Scoper& scope);
  Result<StoredFile> Store(const auth::Principal& caller, const Upload& upload, const Scoper& scope);
  Result<StoredFile> Load(soci::session& sql, OrgId org, FileId id);

  db::Database& db_;
  notes::ProjectPort projects_;
  notes::CardAccess access_;
  BlobStore blobs_;
  FileRepository repo_;
  events::Publisher* publisher_ = nullptr;
};

}  // namespace clientele::files
