#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "features/files/card_list.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::files {

using FileId = Id<struct FileTag>;
/// A file name has at most this many characters.
inline constexpr std::size_t kMaxFileNameLength = 255;

/// An uploaded file: its name and type as shown and downloaded, its content stored by SHA-256.
struct StoredFile {
  FileId id;
  CustomerId customer;
  std::optional<ProjectRef> project;
  std::string name;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;  // lower-case hex
  std::optional<std::string> description;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// An upload as the client sent it: the name from the query, the type from the header, the raw body.
struct Upload {
  /// Content the server already wrote to a temporary file as it arrived, with its size and SHA-256: moved
  /// into the blob store, never read back into memory.
  struct Spooled {
    std::filesystem::path path;
    std::uint64_t size = 0;
    std::string sha256;
  };

  std::optional<std::string> name;
  std::optional<std::string> content_type;
  std::string_view content;        // when the body was kept in memory
  std::optional<Spooled> spooled;  // when it was spooled (then `content` is empty)
};

/// PATCH /files/{id}: rename and describe.
struct FilePatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<std::string> description;
};

/// A file's content for download.
struct FileContent {
  StoredFile file;
  std::filesystem::path path;  // of the blob, to be streamed from disk
};

}  // namespace clientele::files
