#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clientele::contacts {

/// An address as a vCard ADR shows it.
struct VcardAddress {
  std::vector<std::string> street;
  std::string locality;
  std::string region;
  std::string postal_code;
  std::string country;
};

/// What one vCard holds; absent fields are left out of the card.
struct VcardCard {
  std::string uid;  // a URI, e.g. urn:uuid:…
  std::string formatted_name;
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> organization;
  std::optional<std::string> title;
  std::optional<std::string> role;
  std::optional<std::string> email;
  std::optional<std::string> mobile_phone;
  std::optional<std::string> work_phone;
  std::optional<VcardAddress> address;
  std::optional<std::string> language;
  std::vector<std::string> categories;
  std::optional<std::string> note;
  std::string revision;  // ISO-8601 UTC, 2026-11-27T20:41:00Z
};

/// A text value per RFC 6350 §3.4: backslash, comma and semicolon escaped with a backslash, every line break
/// (CRLF, CR or LF) as \n.
std::string EscapeVcardText(std::string_view text);

/// One content line, folded per RFC 6350 §3.2 (at most 75 octets a line, continuation lines start with a
/// space, never inside a UTF-8 character), CRLF-terminated.
std::string FoldVcardLine(std::string_view line);

/// A vCard 4.0 (BEGIN:VCARD … END:VCARD, CRLF line ends).
std::string RenderVcard(const VcardCard& card);

/// 2026-11-27T20:41:00Z → 20261127T204100Z (the vCard timestamp form).
std::string VcardTimestamp(std::string_view iso);

/// A stable UUID derived from `name` (BLAKE2b of it, with the version 8 and variant bits of RFC 9562 set).
std::string NameBasedUuid(std::string_view name);

/// A file name safe in a Content-Disposition header on every platform: ASCII letters and digits (common
/// accented letters transliterated), '-' for anything else, at most 60 characters, then `extension`;
/// `fallback` when nothing is left of `name`.
std::string SafeFilename(std::string_view name, std::string_view fallback, std::string_view extension);

}  // namespace clientele::contacts
