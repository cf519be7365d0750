#include "features/files/file_name.hpp"

#include <cctype>

#include "platform/validation/utf8.hpp"

namespace clientele::files {

namespace {

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> SanitizeFileName(std::string_view raw) {
  if (!validation::IsValidUtf8(raw)) return std::nullopt;
  const auto slash = raw.find_last_of("/\\");
  if (slash != std::string_view::npos) raw.remove_prefix(slash + 1);
  std::string name;
  for (char c : raw) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    name += std::string_view("<>:\"|?*").find(c) != std::string_view::npos ? '_' : c;
  }
  std::string_view trimmed = TrimBlanks(name);
  // Windows drops trailing dots and spaces; a name of dots only is a directory reference.
  while (!trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ' ')) trimmed.remove_suffix(1);
  if (trimmed.empty()) return std::nullopt;
  return std::string(trimmed);
}

std::string NormalizeContentType(std::optional<std::string_view> header) {
  constexpr const char* kDefault = "application/octet-stream";
  if (!header) return kDefault;
  std::string_view value = *header;
  const auto semicolon = value.find(';');
  std::string_view media = TrimBlanks(value.substr(0, semicolon));
  const auto slash = media.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == media.size()) return kDefault;
  for (char c : media)
    if (c != '/' && !IsTokenChar(c)) return kDefault;
  if (media.find('/', slash + 1) != std::string_view::npos || media.size() > 100) return kDefault;
  std::string out = Lower(media);
  if (out.rfind("text/", 0) == 0 && semicolon != std::string_view::npos) {
    std::string params = Lower(value.substr(semicolon + 1));
    const auto at = params.find("charset=");
    if (at != std::string::npos) {
      std::string charset;
      for (std::size_t i = at + 8; i < params.size() && IsTokenChar(params[i]); ++i) charset += params[i];
      if (!charset.empty() && charset.size() <= 40) out += "; charset=" + charset;
    }
  }
  return out;
}

bool PreviewsInline(std::string_view content_type) {
  // SVG can carry script, so it is not among the images shown inline.
  for (std::string_view type : {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"})
    if (content_type == type) return true;
  return false;
}

std::string ContentDisposition(Disposition disposition, std::string_view name) {
  std::string fallback, encoded;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = u < 0x80 && u >= 0x20 && c != '"' && c != '\\' && c != 0x7f;
    // Non-ASCII bytes become one '_' per character in the fallback (continuation bytes are skipped).
    if (plain)
      fallback += c;
    else if ((u & 0xC0) != 0x80)
      fallback += '_';
    if (u < 0x80 && IsTokenChar(c) && c != '^' && c != '#') {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[u >> 4];
      encoded += kHex[u & 15];
    }
  }
  return std::string(disposition == Disposition::kInline ? "inline" : "attachment") + "; filename=\"" +
         fallback + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace clientele::files
