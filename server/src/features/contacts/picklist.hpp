#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::contacts {

using KeywordId = Id<struct KeywordTag>;
using ContactRoleId = Id<struct ContactRoleTag>;

/// The organization's lists that contacts pick from: keywords (several per contact, e.g. "Christmas card")
/// and contact roles (one per contact, e.g. "Decision maker"). Both behave the same way, so one
/// implementation serves both.
enum class PicklistKind { kKeyword, kContactRole };

/// An organization can have at most this many keywords, and as many contact roles, so the lists need no
/// paging.
inline constexpr int kMaxPicklistItems = 1000;

struct PicklistItem {
  std::int64_t id = 0;
  std::string name;
  bool is_active = true;         // a disabled item stays on contacts that have it but cannot be given anew
  std::int64_t usage_count = 0;  // how many contacts have it
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct PicklistPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<bool> is_active;
};

/// What happens to the contacts that have an item being deleted. With neither, an item in use is not deleted.
struct PicklistDeletion {
  std::optional<std::int64_t> move_to;  // give them this other item instead
  bool remove_from_contacts = false;    // just take it away from them
};

}  // namespace clientele::contacts
