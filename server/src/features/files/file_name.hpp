#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::files {

/// The name a file is shown and downloaded under: the last segment of `raw` ("../../etc/passwd" is "passwd",
/// "C:\\x\\a.txt" is "a.txt"), without control characters, with the characters Windows refuses replaced by
/// '_', without blanks at the ends; nullopt when `raw` is not UTF-8 or nothing usable remains ("", ".",
/// "..").
std::optional<std::string> SanitizeFileName(std::string_view raw);

/// A media type from a Content-Type header, lower-case "type/subtype" (a text type keeps its charset);
/// application/octet-stream when the header is missing or not a media type.
std::string NormalizeContentType(std::optional<std::string_view> header);

/// Images and PDFs the browser shows itself; everything else downloads.
bool PreviewsInline(std::string_view content_type);

enum class Disposition { kInline, kAttachment };

/// A Content-Disposition header value (RFC 6266): an ASCII fallback `filename` and the exact name as
/// `filename*=UTF-8''…` (RFC 8187), safe for any name.
std::string ContentDisposition(Disposition disposition, std::string_view name);

}  // namespace clientele::files
