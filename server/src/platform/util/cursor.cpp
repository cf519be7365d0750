#include "platform/util/cursor.hpp"

#include <sodium.h>

namespace clientele::util {

namespace {
constexpr char kSeparator = '\x1f';
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
}  // namespace

std::string EncodeCursor(const std::vector<std::string>& parts) {
  std::string raw;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) raw.push_back(kSeparator);
    raw += parts[i];
  }
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                    kVariant);
  out.resize(out.find('\0'));
  return out;
}

std::optional<std::vector<std::string>> DecodeCursor(std::string_view cursor, std::size_t expected_parts) {
  if (cursor.empty() || cursor.size() > 2048) return std::nullopt;
  std::string raw(cursor.size(), '\0');
  size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), cursor.data(),
                        cursor.size(), nullptr, &len, nullptr, kVariant) != 0) {
    return std::nullopt;
  }
  raw.resize(len);
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t sep = raw.find(kSeparator, start);
    parts.push_back(raw.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 1;
  }
  if (parts.size() != expected_parts) return std::nullopt;
  return parts;
}

}  // namespace clientele::util
