#include "platform/util/csv.hpp"

namespace clientele::util {

std::string CsvCell(std::string_view value) {
  std::string text;
  if (!value.empty()) {
    const char first = value.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      text.push_back('\'');
    }
  }
  text.append(value);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

void AppendCsvRow(std::string& out, const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(',');
    out += CsvCell(cells[i]);
  }
  out += "\r\n";
}

}  // namespace clientele::util
