#include "features/settings/time_zone.hpp"

#include <fstream>

namespace clientele::settings {

namespace {

bool WellFormed(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/' || name.back() == '/') return false;
  bool part_start = true;
  for (char c : name) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digit = c >= '0' && c <= '9';
    if (c == '/') {
      if (part_start) return false;  // "//"
      part_start = true;
      continue;
    }
    // A part starts with a letter: no ".", "..", hidden files or option-like names.
    if (part_start && !letter) return false;
    if (!letter && !digit && c != '_' && c != '-' && c != '+') return false;
    part_start = false;
  }
  return true;
}

bool IsTzif(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return false;
  std::ifstream in(file, std::ios::binary);
  char magic[4] = {};
  in.read(magic, sizeof magic);
  return in.gcount() == 4 && std::string_view(magic, 4) == "TZif";
}

}  // namespace

std::optional<std::string> CheckTimeZone(std::string_view name, const std::filesystem::path& zoneinfo) {
  if (!WellFormed(name) || !IsTzif(zoneinfo / std::string(name)))
    return "must be an IANA time zone name such as Europe/Helsinki";
  // "posixrules", "Factory" and the copies under posix/ and right/ are files too, but not names to store.
  if (name == "posixrules" || name == "Factory" || name == "localtime" || name.rfind("posix/", 0) == 0 ||
      name.rfind("right/", 0) == 0)
    return "must be an IANA time zone name such as Europe/Helsinki";
  return std::nullopt;
}

}  // namespace clientele::settings
