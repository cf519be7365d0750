#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/notes/card_scope.hpp"
#include "platform/errors/result.hpp"
#include "platform/util/cursor.hpp"
#include "platform/util/page.hpp"

namespace clientele::files {

using notes::CardScope;
using notes::ProjectId;
using notes::ProjectRef;

/// A description of a file or link has at most this many characters.
inline constexpr std::size_t kMaxDescriptionLength = 2000;

/// The id a list page continues after, from its cursor; a 422 on `cursor` when it is not one of ours.
inline Result<std::optional<std::int64_t>> AfterId(const PageRequest& page) {
  if (!page.cursor) return std::optional<std::int64_t>();
  auto parts = util::DecodeCursor(*page.cursor, 1);
  try {
    if (parts) return std::optional<std::int64_t>(std::stoll((*parts)[0]));
  } catch (const std::exception&) {
  }
  return Error::Validation("cursor", "is not a cursor from this list");
}

/// Cuts the one extra row a list asked for and sets the next cursor from the last row kept.
template <class T>
Page<T> ToPage(std::vector<T> rows, int limit) {
  Page<T> page;
  page.items = std::move(rows);
  if (static_cast<int>(page.items.size()) > limit) {
    page.items.resize(limit);
    page.next_cursor = util::EncodeCursor({std::to_string(page.items.back().id.value)});
  }
  return page;
}

/// Why an optional description is not acceptable (trimmed in place; empty means none).
std::optional<std::string> NormalizeDescription(std::optional<std::string>& description);

}  // namespace clientele::files
