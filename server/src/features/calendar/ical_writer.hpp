#pragma once

#include <string>
#include <string_view>

namespace clientele::calendar {

/// RFC 5545 TEXT escaping: backslash, semicolon and comma get a backslash, a line break becomes \n (a CR
/// of a CRLF pair is dropped).
std::string EscapeText(std::string_view text);

/// "2026-12-08T08:00:00Z" → "20261208T080000Z" (RFC 5545 DATE-TIME in UTC).
std::string DateTimeValue(std::string_view iso);
/// "2026-12-08T00:00:00Z" → "20261208" (RFC 5545 DATE).
std::string DateValue(std::string_view iso);

/// Writes an iCalendar stream: every content line ends in CRLF and is folded at 75 octets (a continuation
/// starts with one space), never inside a UTF-8 sequence.
class ICalWriter {
 public:
  void Begin(std::string_view component) { Line("BEGIN", component); }
  void End(std::string_view component) { Line("END", component); }
  /// A property whose value is written as given (dates, enumerations, already escaped text).
  void Line(std::string_view name, std::string_view value);
  /// A TEXT property: the value is escaped.
  void Text(std::string_view name, std::string_view text) { Line(name, EscapeText(text)); }

  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

/// One content line folded to at most 75 octets per physical line, each ending in CRLF.
std::string FoldLine(std::string_view line);

}  // namespace clientele::calendar
