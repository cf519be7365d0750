#pragma once

#include <string>

#include "platform/db/database.hpp"
#include "platform/db/query.hpp"

namespace clientele::projects {

/// Appends the search condition of the projects list over `projects p`: the case-folded name contains
/// `term` (three characters or more) or starts with it (one or two: too short for a trigram), or the
/// project's number is `term`. Indexed on both databases (migration 0007): SQLite's trigram FTS5 table,
/// PostgreSQL's trigram GIN index.
void AppendSearch(db::Query& q, db::DbKind kind, const std::string& term);

}  // namespace clientele::projects
