#include "platform/http/media_type.hpp"

#include <cctype>
#include <string>

namespace clientele::http {

bool IsJsonMediaType(std::optional<std::string_view> content_type) {
  if (!content_type) return false;
  std::string_view type = content_type->substr(0, content_type->find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string lower(type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "application/json") return true;
  const auto slash = lower.find('/');
  return slash != std::string::npos && lower.compare(0, slash, "application") == 0 && lower.size() > 5 &&
         lower.compare(lower.size() - 5, 5, "+json") == 0;
}

}  // namespace clientele::http
