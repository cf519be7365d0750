#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "platform/util/ids.hpp"

namespace clientele::files {

/// File contents under the data directory, named by their SHA-256 and kept once per organization:
/// `<root>/<org id>/<first two hex digits>/<64 hex digits>`. Only digests and numbers become paths, never a
/// name from a client.
class BlobStore {
 public:
  explicit BlobStore(std::filesystem::path root) : root_(std::move(root)) {}

  /// Lower-case hex SHA-256 of `bytes`.
  static std::string Digest(std::string_view bytes);
  /// Stores `bytes` under `sha256` unless a blob with that digest is already there: written to a temporary
  /// file first and renamed into place, so a reader never sees half a blob. Throws on I/O errors.
  void Put(OrgId org, const std::string& sha256, std::string_view bytes);
  /// Moves the file at `spooled` (on the same file system, e.g. the server's spool folder under the data
  /// directory) into place as the blob `sha256`, or removes it when that blob is already there.
  void Adopt(OrgId org, const std::string& sha256, const std::filesystem::path& spooled);
  bool Exists(OrgId org, const std::string& sha256) const;
  /// Removes the blob (no error when it is already gone).
  void Remove(OrgId org, const std::string& sha256);

  /// Where the blob lives (it may be missing); for streaming it out.
  std::filesystem::path PathOf(OrgId org, const std::string& sha256) const;

 private:
  std::filesystem::path root_;
};

}  // namespace clientele::files
