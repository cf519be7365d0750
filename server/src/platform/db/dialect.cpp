#include "platform/db/dialect.hpp"

namespace clientele::db {

std::string Fts5Phrase(std::string_view term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  out += "\"";
  return out;
}

std::string LikeContains(std::string_view term) {
  std::string out = "%";
  for (char c : term) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out += "%";
  return out;
}

std::string PrefixEnd(std::string_view prefix) {
  // U+10FFFF in UTF-8 sorts after every character, so prefix + it bounds all extensions of prefix.
  return std::string(prefix) + "\xF4\x8F\xBF\xBF";
}

}  // namespace clientele::db
