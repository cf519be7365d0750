#include "platform/http/static_files.hpp"

#include <algorithm>

#include "platform/validation/utf8.hpp"

namespace clientele::http {

namespace fs = std::filesystem;

namespace {

bool IsSafeSegment(std::string_view segment) {
  if (segment.empty() || segment == "." || segment == "..") return false;
  return std::none_of(segment.begin(), segment.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F || c == '\\';
  });
}

/// True when `path` is `root` itself or lies below it (both canonical).
bool IsInside(const fs::path& root, const fs::path& path) {
  auto [root_end, path_at] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

}  // namespace

std::optional<std::string> SafeRelativePath(std::string_view request_path) {
  if (request_path.empty() || request_path.front() != '/') return std::nullopt;
  std::string_view relative = request_path.substr(1);
  if (relative.empty()) return std::string();
  if (!validation::IsValidUtf8(relative)) return std::nullopt;
  for (std::string_view rest = relative;;) {
    const std::size_t slash = rest.find('/');
    if (!IsSafeSegment(rest.substr(0, slash))) return std::nullopt;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  // Belt and braces: what is left must be relative in the filesystem's own reading too.
  const fs::path as_path(relative);
  if (as_path.has_root_name() || as_path.has_root_directory()) return std::nullopt;
  return std::string(relative);
}

std::string_view ContentTypeFor(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".webmanifest") return "application/manifest+json";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  root_ = fs::weakly_canonical(fs::absolute(root), ec);
  if (ec) root_ = fs::absolute(root).lexically_normal();
}

StaticFiles::Lookup StaticFiles::Find(const std::string& relative, fs::path& file) const {
  std::error_code ec;
  // Resolves symbolic links, so a link inside the web folder that points out of it is caught below.
  fs::path resolved = fs::weakly_canonical(root_ / relative, ec);
  if (ec) return Lookup::kMissing;
  if (!IsInside(root_, resolved)) return Lookup::kRefused;
  if (!fs::is_regular_file(resolved, ec)) return Lookup::kMissing;
  file = std::move(resolved);
  return Lookup::kFound;
}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  const auto relative = SafeRelativePath(request.path);
  if (!relative) return std::nullopt;
  fs::path file;
  const Lookup lookup = Find(relative->empty() ? "index.html" : *relative, file);
  if (lookup == Lookup::kRefused) return std::nullopt;
  bool fallback = false;
  if (lookup == Lookup::kMissing) {
    // A client-side route: the app's shell answers it. Missing assets stay 404 so broken builds show up.
    if (relative->rfind("assets/", 0) == 0 || fs::path(*relative).has_extension()) return std::nullopt;
    if (Find("index.html", file) != Lookup::kFound) return std::nullopt;
    fallback = true;
  }
  Response r;
  r.status = 200;
  r.headers.Set("Content-Type", std::string(ContentTypeFor(file)));
  r.headers.Set("X-Content-Type-Options", "nosniff");
  // Vite fingerprints everything under assets/, so those never change; the shell must always be revalidated.
  const bool immutable = !fallback && relative->rfind("assets/", 0) == 0;
  r.headers.Set("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.file = std::move(file);  // streamed from disk as it is written out
  return r;
}

}  // namespace clientele::http
