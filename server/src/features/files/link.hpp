#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "features/files/card_list.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::files {

using LinkId = Id<struct LinkTag>;

inline constexpr std::size_t kMaxTitleLength = 300;

/// A link to something outside: an http(s) URL with a title and description.
struct Link {
  LinkId id;
  CustomerId customer;
  std::optional<ProjectRef> project;
  std::string url;
  std::optional<std::string> title;
  std::optional<std::string> description;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

struct NewLink {
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> description;
  std::optional<std::int64_t> project_id;
};

struct LinkPatch {
  std::optional<std::int64_t> version;
  Field<std::string> url;
  Field<std::string> title;
  Field<std::string> description;
};

}  // namespace clientele::files
