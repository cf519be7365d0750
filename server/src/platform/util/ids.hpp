#pragma once

#include <cstdint>
#include <functional>

namespace clientele {

/// A 64-bit id that cannot be mixed up with an id of another kind.
template <class Tag>
struct Id {
  std::int64_t value = 0;
  constexpr Id() = default;
  constexpr explicit Id(std::int64_t v) : value(v) {}
  constexpr bool valid() const { return value > 0; }
  friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
  friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
  friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
};

using OrgId = Id<struct OrgTag>;
using UserId = Id<struct UserTag>;
using RoleId = Id<struct RoleTag>;
using CustomerId = Id<struct CustomerTag>;
using TokenId = Id<struct TokenTag>;

}  // namespace clientele
