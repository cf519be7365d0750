#pragma once

#include <optional>

namespace clientele {

/// A field of a partial update: absent (leave as is), present and null (clear it), or present with a value.
template <class T>
struct Field {
  bool present = false;
  std::optional<T> value;  // nullopt with present = true means "clear"
};

}  // namespace clientele
