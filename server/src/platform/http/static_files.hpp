#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "platform/http/message.hpp"

namespace clientele::http {

/// The part of a decoded request path ("/assets/app.js") that may name a file under the web folder
/// ("assets/app.js"), or nullopt when it must not be looked up at all: a second leading slash or any other
/// empty segment (which would leave an absolute name), "." or ".." segments, backslashes, NUL or other
/// control characters, and anything that is not well-formed UTF-8 (overlong forms of "." and "/").
std::optional<std::string> SafeRelativePath(std::string_view request_path);

/// Serves the built web app: files with their content type and cache headers, streamed from disk, and
/// index.html for any other path so that client-side routes (/customers/42/collaboration) load directly.
/// Only files that resolve, symbolic links included, to a place inside the web folder are served.
class StaticFiles {
 public:
  explicit StaticFiles(const std::filesystem::path& root);

  /// Nullopt when the path names no file that may be served, so the caller answers 404.
  std::optional<Response> Serve(const Request& request) const;

 private:
  enum class Lookup { kFound, kMissing, kRefused };
  /// Looks `relative` up under the web folder; `file` is set to its resolved name when found.
  Lookup Find(const std::string& relative, std::filesystem::path& file) const;

  std::filesystem::path root_;  // canonical
};

/// The Content-Type for a file name's extension.
std::string_view ContentTypeFor(const std::filesystem::path& file);

}  // namespace clientele::http
