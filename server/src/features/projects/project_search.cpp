#include "features/projects/project_search.hpp"

#include <algorithm>
#include <cctype>

#include "platform/db/dialect.hpp"
#include "platform/validation/text.hpp"

namespace clientele::projects {

namespace {

constexpr const char* kSearchSqlite =
    " AND (p.id IN (SELECT rowid FROM projects_search WHERE projects_search MATCH :q) OR p.number = "
    ":q_number)";
constexpr const char* kSearchPostgres = " AND (p.search_text LIKE :q ESCAPE '\\' OR p.number = :q_number)";

// projects_search indexes every name behind two of these (see migration 0007).
constexpr const char* kNameStart = "\x01\x01";

/// The number the term spells, or -1 (no project has it) when it is not one.
long long NumberOf(const std::string& term) {
  if (term.empty() || term.size() > 18) return -1;
  if (!std::all_of(term.begin(), term.end(), [](unsigned char c) { return std::isdigit(c); })) return -1;
  return std::stoll(term);
}

std::string LikePrefix(const std::string& term) {
  std::string pattern = db::LikeContains(term);
  return pattern.substr(1);  // without the leading %
}

}  // namespace

void AppendSearch(db::Query& q, db::DbKind kind, const std::string& term) {
  const std::string folded = validation::FoldCase(term);
  const auto length = validation::CodePoints(folded);
  if (kind == db::DbKind::kSqlite) {
    // A phrase of at least three characters: the term itself, or the start of a name and the term.
    std::string phrase = folded;
    if (length < 3) phrase = std::string(kNameStart).substr(0, 3 - length) + folded;
    q.Sql(kSearchSqlite).Bind("q", db::Fts5Phrase(phrase));
  } else {
    q.Sql(kSearchPostgres).Bind("q", length < 3 ? LikePrefix(folded) : db::LikeContains(folded));
  }
  q.Bind("q_number", NumberOf(term));
}

}  // namespace clientele::projects
