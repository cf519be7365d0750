#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/util/ids.hpp"

namespace clientele {

/// One page of a keyset-paginated list; `next_cursor` is absent on the last page.
template <class T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
};

/// A user as other records mention them: id and display name.
struct UserRef {
  UserId id;
  std::string name;
};

/// Size of a list page the client asks for, already checked against the route's bounds.
struct PageRequest {
  int limit = 50;
  std::optional<std::string> cursor;
};

}  // namespace clientele
