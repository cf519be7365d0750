#pragma once

#include <string>
#include <string_view>

namespace clientele::db {

/// The search term as one FTS5 phrase ("…" with inner quotes doubled), for SQLite's trigram index.
std::string Fts5Phrase(std::string_view term);

/// A LIKE pattern that matches `term` anywhere, with %, _ and \ escaped (use with ESCAPE '\').
std::string LikeContains(std::string_view term);

/// The smallest string greater than every string starting with `prefix`, for an indexed prefix range
/// `column >= prefix AND column < PrefixEnd(prefix)` that works the same in SQLite and PostgreSQL ("C").
std::string PrefixEnd(std::string_view prefix);

}  // namespace clientele::db
