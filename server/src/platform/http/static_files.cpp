#include "platform/http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace clientele::http {

namespace {

std::optional<std::string> ReadFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool SafeRelative(const std::string& path) {
  std::filesystem::path p(path);
  for (const auto& part : p) {
    if (part == ".." || part == ".") return false;
  }
  return path.find('\\') == std::string::npos;
}

}  // namespace

std::string_view ContentTypeFor(const std::filesystem::path& file) {
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

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  std::string relative = request.path.substr(1);
  if (!SafeRelative(relative)) return std::nullopt;
  std::filesystem::path file = relative.empty() ? root_ / "index.html" : root_ / relative;
  auto body = ReadFile(file);
  bool fallback = false;
  if (!body) {
    // A client-side route: the app's shell answers it. Missing assets stay 404 so broken builds show up.
    if (relative.rfind("assets/", 0) == 0 || file.has_extension()) return std::nullopt;
    file = root_ / "index.html";
    body = ReadFile(file);
    fallback = true;
    if (!body) return std::nullopt;
  }
  Response r;
  r.status = 200;
  r.headers.Set("Content-Type", std::string(ContentTypeFor(file)));
  r.headers.Set("X-Content-Type-Options", "nosniff");
  // Vite fingerprints everything under assets/, so those never change; the shell must always be revalidated.
  const bool immutable = !fallback && relative.rfind("assets/", 0) == 0;
  r.headers.Set("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.body = std::move(*body);
  return r;
}

}  // namespace clientele::http
