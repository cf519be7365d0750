#include "platform/validation/phone.hpp"

#include <cctype>

#include "platform/validation/text.hpp"

namespace clientele::validation {

std::optional<std::string> CheckPhone(std::string_view phone, std::size_t max) {
  if (auto e = CheckLine(phone, max)) return e;
  bool digit = false;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
      continue;
    }
    if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') {
      return "may contain digits, spaces and + - ( ) . / only";
    }
  }
  if (!digit) return "must contain digits";
  return std::nullopt;
}

}  // namespace clientele::validation
