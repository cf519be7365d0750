#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include <sodium.h>

#include "platform/http/message.hpp"

namespace clientele::http {

/// Writes a request body to a new temporary file in `dir` as it arrives, hashing it on the way, so that an
/// upload never sits in memory. The file is removed on destruction unless Finish() handed it over.
class BodySpool {
 public:
  /// Creates `dir` when needed and opens a fresh file in it; throws std::system_error on failure.
  explicit BodySpool(const std::filesystem::path& dir);
  ~BodySpool();
  BodySpool(const BodySpool&) = delete;
  BodySpool& operator=(const BodySpool&) = delete;

  /// Appends `size` bytes; throws std::system_error on a write error (e.g. a full disk).
  void Write(const char* data, std::size_t size);
  /// Closes the file and describes it; from then on removing it is the owner's business.
  SpooledBody Finish();

  /// Removes what an earlier process left behind (a crash during an upload) from `dir`.
  static void RemoveLeftovers(const std::filesystem::path& dir);

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  crypto_hash_sha256_state hash_;
  bool finished_ = false;
};

}  // namespace clientele::http
