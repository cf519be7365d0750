#include "platform/db/statement_cache.hpp"

#include <mutex>

#include "platform/db/query.hpp"

namespace clientele::db {

namespace {

std::mutex& RegistryMutex() {
  static std::mutex mu;
  return mu;
}

std::unordered_map<const void*, std::unique_ptr<StatementCache>>& Registry() {
  static std::unordered_map<const void*, std::unique_ptr<StatementCache>> caches;
  return caches;
}

/// Prepares `query` on the pooled connection behind `session`, binding its parameters to the slots of `out`.
void Prepare(soci::session& session, const Query& query, CachedStatement& out) {
  soci::details::prepare_temp_type prepared = (session.prepare << query.sql());
  for (const auto& p : query.params()) {
    if (p.is_int) {
      out.ints.push_back(p.int_value);
      prepared, soci::use(out.ints.back(), p.name);
    } else {
      out.texts.push_back(p.text_value);
      prepared, soci::use(out.texts.back(), p.name);
    }
  }
  prepared, soci::into(out.row);
  out.statement = std::make_unique<soci::statement>(prepared);
}

/// Copies this run's values into the slots the statement was bound to (same SQL ⇒ same parameter order).
void Assign(const Query& query, CachedStatement& out) {
  auto ints = out.ints.begin();
  auto texts = out.texts.begin();
  for (const auto& p : query.params()) {
    if (p.is_int)
      *ints++ = p.int_value;
    else
      *texts++ = p.text_value;
  }
}

}  // namespace

StatementCache* StatementCache::For(soci::session& session) {
  std::lock_guard lock(RegistryMutex());
  auto it = Registry().find(session.get_backend());
  return it == Registry().end() ? nullptr : it->second.get();
}

void StatementCache::Register(soci::session& pooled, bool sqlite) {
  std::lock_guard lock(RegistryMutex());
  auto cache = std::make_unique<StatementCache>();
  cache->sqlite = sqlite;
  Registry()[pooled.get_backend()] = std::move(cache);
}

void StatementCache::Unregister(soci::session& pooled) {
  std::unique_ptr<StatementCache> doomed;
  {
    std::lock_guard lock(RegistryMutex());
    auto it = Registry().find(pooled.get_backend());
    if (it == Registry().end()) return;
    doomed = std::move(it->second);
    Registry().erase(it);
  }
}

namespace {
thread_local QueryCapture* t_capture = nullptr;
}  // namespace

QueryCapture::QueryCapture() : previous_(t_capture) { t_capture = this; }
QueryCapture::~QueryCapture() { t_capture = previous_; }
void QueryCapture::Record(const Query& query) {
  if (t_capture) t_capture->queries_.push_back({query.sql(), query.params()});
}

Query::Execution::Execution(soci::session& session, const Query& query)
    : statement_(nullptr), session_(session), query_(query) {
  QueryCapture::Record(query);
  StatementCache* cache = StatementCache::For(session);
  if (cache) {
    auto& slot = cache->statements[query.sql()];
    if (!slot) {
      slot = std::make_unique<CachedStatement>();
      Prepare(session, query, *slot);
    }
    if (!slot->in_use) {
      statement_ = slot.get();
      Assign(query, *statement_);
    }
  }
  if (!statement_) {
    // No cache for this connection, or the cached statement is busy higher up the stack.
    statement_ = new CachedStatement();
    Prepare(session, query, *statement_);
  }
  statement_->in_use = true;
}

Query::Execution::~Execution() {
  statement_->in_use = false;
  StatementCache* cache = StatementCache::For(session_);
  auto it = cache ? cache->statements.find(query_.sql()) : decltype(cache->statements.end()){};
  const bool cached = cache && it != cache->statements.end() && it->second.get() == statement_;
  if (!cached) {
    delete statement_;
  } else if (finished_) {
    if (cache->sqlite) ResetSqliteStatement(*statement_->statement);
  } else {
    // An exception left the statement mid-way: start afresh next time rather than trust its state.
    cache->statements.erase(it);
  }
}

bool Query::Execution::Start() {
  const bool has_row = statement_->statement->execute(true);
  finished_ = !has_row;
  return has_row;
}

bool Query::Execution::Next() {
  const bool has_row = statement_->statement->fetch();
  finished_ = !has_row;
  return has_row;
}

const soci::row& Query::Execution::row() const { return statement_->row; }

}  // namespace clientele::db
