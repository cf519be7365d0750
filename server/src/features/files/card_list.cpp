#include "features/files/card_list.hpp"

#include "platform/validation/text.hpp"

namespace clientele::files {

std::optional<std::string> NormalizeDescription(std::optional<std::string>& description) {
  validation::TrimOptional(description);
  if (!description) return std::nullopt;
  if (validation::CodePoints(*description) > kMaxDescriptionLength)
    return "must be at most " + std::to_string(kMaxDescriptionLength) + " characters";
  for (unsigned char c : *description)
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
      return "must not contain control characters";
  return std::nullopt;
}

}  // namespace clientele::files
