#include "features/calendar/ical_writer.hpp"

namespace clientele::calendar {

namespace {

constexpr std::size_t kMaxOctets = 75;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string EscapeText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        // A lone CR is a line break too; the CR of CRLF is dropped (its LF writes the \n).
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DateTimeValue(std::string_view iso) {
  // YYYY-MM-DDTHH:MM:SSZ
  if (iso.size() < 20) return std::string(iso);
  std::string out;
  out.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
  out += 'T';
  out.append(iso.substr(11, 2)).append(iso.substr(14, 2)).append(iso.substr(17, 2));
  out += 'Z';
  return out;
}

std::string DateValue(std::string_view iso) {
  if (iso.size() < 10) return std::string(iso);
  std::string out;
  out.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
  return out;
}

std::string FoldLine(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  bool first = true;
  while (!line.empty()) {
    // A continuation line's leading space counts toward its 75 octets.
    const std::size_t room = first ? kMaxOctets : kMaxOctets - 1;
    std::size_t take = std::min(room, line.size());
    // Step back to the start of a UTF-8 sequence so that no character is split between lines.
    while (take < line.size() && take > 0 && IsContinuationByte(line[take])) --take;
    if (take == 0) take = std::min(room, line.size());  // not UTF-8; never loop forever
    if (!first) out += ' ';
    out.append(line.substr(0, take));
    out += "\r\n";
    line.remove_prefix(take);
    first = false;
  }
  if (first) out += "\r\n";
  return out;
}

void ICalWriter::Line(std::string_view name, std::string_view value) {
  std::string line;
  line.reserve(name.size() + 1 + value.size());
  line.append(name).append(":").append(value);
  out_ += FoldLine(line);
}

}  // namespace clientele::calendar
