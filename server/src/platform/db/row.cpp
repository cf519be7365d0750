#include "platform/db/row.hpp"

#include <stdexcept>

namespace clientele::db {

bool RowReader::IsNull(const std::string& column) const { return row_.get_indicator(column) == soci::i_null; }

std::int64_t RowReader::Int(const std::string& column) const {
  auto value = OptInt(column);
  if (!value) throw std::runtime_error("column " + column + " is NULL");
  return *value;
}

std::optional<std::int64_t> RowReader::OptInt(const std::string& column) const {
  if (IsNull(column)) return std::nullopt;
  switch (row_.get_properties(column).get_data_type()) {
    case soci::dt_integer:
      return row_.get<int>(column);
    case soci::dt_long_long:
      return row_.get<long long>(column);
    case soci::dt_unsigned_long_long:
      return static_cast<std::int64_t>(row_.get<unsigned long long>(column));
    case soci::dt_double:
      return static_cast<std::int64_t>(row_.get<double>(column));
    case soci::dt_string:
      return std::stoll(row_.get<std::string>(column));
    default:
      throw std::runtime_error("column " + column + " is not an integer");
  }
}

std::string RowReader::Text(const std::string& column) const {
  auto value = OptText(column);
  if (!value) throw std::runtime_error("column " + column + " is NULL");
  return *value;
}

std::optional<std::string> RowReader::OptText(const std::string& column) const {
  if (IsNull(column)) return std::nullopt;
  switch (row_.get_properties(column).get_data_type()) {
    case soci::dt_string:
      return row_.get<std::string>(column);
    case soci::dt_integer:
      return std::to_string(row_.get<int>(column));
    case soci::dt_long_long:
      return std::to_string(row_.get<long long>(column));
    default:
      throw std::runtime_error("column " + column + " is not text");
  }
}

}  // namespace clientele::db
