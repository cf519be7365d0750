#include "platform/validation/utf8.hpp"

#include <cstddef>

namespace clientele::validation {

namespace {

/// The allowed range of a sequence's second byte depends on its first (RFC 3629 §4); the rest are 80..BF.
struct Lead {
  std::size_t continuation_bytes;
  unsigned char second_min;
  unsigned char second_max;
};

bool ReadLead(unsigned char c, Lead& lead) {
  if (c >= 0xC2 && c <= 0xDF)
    lead = {1, 0x80, 0xBF};
  else if (c == 0xE0)
    lead = {2, 0xA0, 0xBF};  // E0 80..9F would be overlong
  else if (c == 0xED)
    lead = {2, 0x80, 0x9F};  // ED A0..BF would be a surrogate
  else if (c >= 0xE1 && c <= 0xEF)
    lead = {2, 0x80, 0xBF};
  else if (c == 0xF0)
    lead = {3, 0x90, 0xBF};  // F0 80..8F would be overlong
  else if (c >= 0xF1 && c <= 0xF3)
    lead = {3, 0x80, 0xBF};
  else if (c == 0xF4)
    lead = {3, 0x80, 0x8F};  // F4 90.. would be above U+10FFFF
  else
    return false;
  return true;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    Lead lead;
    if (!ReadLead(c, lead) || i + lead.continuation_bytes >= text.size()) return false;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < lead.second_min || second > lead.second_max) return false;
    for (std::size_t k = 2; k <= lead.continuation_bytes; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += lead.continuation_bytes + 1;
  }
  return true;
}

}  // namespace clientele::validation
