#pragma once

#include <filesystem>
#include <optional>

#include "platform/http/message.hpp"

namespace clientele::http {

/// Serves the built web app: files with their content type and cache headers, and index.html for any other
/// path so that client-side routes (/customers/42/collaboration) load directly.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

  /// Nullopt when the path cannot name a file (e.g. contains ".."), so the caller answers 404.
  std::optional<Response> Serve(const Request& request) const;

 private:
  std::filesystem::path root_;
};

/// The Content-Type for a file name's extension.
std::string_view ContentTypeFor(const std::filesystem::path& file);

}  // namespace clientele::http
