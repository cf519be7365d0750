#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <soci/soci.h>

namespace clientele::db {

/// Reads columns by name whatever integer width the backend reports (SQLite and PostgreSQL differ), and
/// NULL as nullopt.
class RowReader {
 public:
  explicit RowReader(const soci::row& row) : row_(row) {}

  std::int64_t Int(const std::string& column) const;
  std::optional<std::int64_t> OptInt(const std::string& column) const;
  bool Bool(const std::string& column) const { return Int(column) != 0; }
  std::string Text(const std::string& column) const;
  std::optional<std::string> OptText(const std::string& column) const;

 private:
  bool IsNull(const std::string& column) const;
  const soci::row& row_;
};

}  // namespace clientele::db
