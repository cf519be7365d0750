#include "platform/util/rank.hpp"

#include <stdexcept>

namespace clientele::util::rank {

namespace {

constexpr std::string_view kDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kBase = static_cast<int>(kDigits.size());

int DigitAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;  // a shorter rank reads as if padded with '0'
  const auto pos = kDigits.find(s[i]);
  if (pos == std::string_view::npos) throw std::invalid_argument("not a rank");
  return static_cast<int>(pos);
}

}  // namespace

std::string First() { return std::string(1, kDigits[kBase / 2]); }

bool IsValid(std::string_view rank) {
  if (rank.empty() || rank.back() == '0') return false;
  for (char c : rank)
    if (kDigits.find(c) == std::string_view::npos) return false;
  return true;
}

std::string Between(std::string_view before, std::optional<std::string_view> after) {
  if (after && !(before < *after)) throw std::invalid_argument("rank::Between needs before < after");
  std::string out;
  bool bounded = after.has_value();
  // Walk the common prefix, then take a digit strictly between; where the digits are adjacent, take the lower
  // one and continue with no upper bound (anything longer than it is still below `after`).
  for (std::size_t i = 0;; ++i) {
    const int low = DigitAt(before, i);
    const int high = bounded ? DigitAt(*after, i) : kBase;
    if (low == high) {
      out += kDigits[low];
      continue;
    }
    if (high - low > 1) {
      out += kDigits[(low + high) / 2];
      return out;
    }
    out += kDigits[low];
    bounded = false;
    if (i > 4096) throw std::invalid_argument("rank too long");
  }
}

std::string After(std::string_view last) {
  // Raise the first digit that can be raised and drop the rest: greater than `last`, as short as possible.
  for (std::size_t i = 0; i < last.size(); ++i) {
    const int digit = DigitAt(last, i);
    if (digit < kBase - 1) return std::string(last.substr(0, i)) + kDigits[digit + 1];
  }
  return Between(last, std::nullopt);
}

std::string Before(std::string_view first) {
  // Lower the first digit that can be lowered without ending in '0': less than `first`, as short as possible.
  for (std::size_t i = 0; i < first.size(); ++i) {
    const int digit = DigitAt(first, i);
    if (digit > 1) return std::string(first.substr(0, i)) + kDigits[digit - 1];
  }
  return Between("", first);
}

}  // namespace clientele::util::rank
