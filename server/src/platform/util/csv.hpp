#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clientele::util {

/// One CSV cell per RFC 4180 (quoted when it holds a comma, quote, CR or LF; quotes doubled), guarded against
/// formula injection: a cell that starts with = + - @ (or a tab or CR) gets a leading single quote, so a
/// spreadsheet shows it as text instead of running it.
std::string CsvCell(std::string_view value);

/// Appends one record (cells joined by commas) and the CRLF that ends it.
void AppendCsvRow(std::string& out, const std::vector<std::string>& cells);

}  // namespace clientele::util
