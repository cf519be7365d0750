#pragma once

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <soci/soci.h>

namespace clientele::db {

/// A statement assembled from fixed SQL fragments with every value bound by name, for lists whose WHERE
/// clause depends on which filters the caller set. Values are owned here, so they outlive the statement.
class Query {
 public:
  explicit Query(std::string sql) : sql_(std::move(sql)) {}

  Query& Sql(std::string_view fragment) {
    sql_ += fragment;
    return *this;
  }
  Query& Bind(const std::string& name, long long value) {
    ints_.push_back(value);
    long long& ref = ints_.back();
    binders_.push_back([&ref, name](soci::statement& st) { st.exchange(soci::use(ref, name)); });
    return *this;
  }
  Query& Bind(const std::string& name, std::string value) {
    strings_.push_back(std::move(value));
    std::string& ref = strings_.back();
    binders_.push_back([&ref, name](soci::statement& st) { st.exchange(soci::use(ref, name)); });
    return *this;
  }
  const std::string& sql() const { return sql_; }

  /// Runs the query and calls `on_row(const soci::row&)` for every row.
  template <class F>
  void Each(soci::session& session, F&& on_row) {
    soci::statement st(session);
    for (auto& bind : binders_) bind(st);
    soci::row row;
    st.exchange(soci::into(row));
    st.alloc();
    st.prepare(sql_);
    st.define_and_bind();
    if (st.execute(true)) {
      do {
        on_row(static_cast<const soci::row&>(row));
      } while (st.fetch());
    }
  }

 private:
  std::string sql_;
  std::deque<long long> ints_;
  std::deque<std::string> strings_;
  std::vector<std::function<void(soci::statement&)>> binders_;
};

}  // namespace clientele::db
