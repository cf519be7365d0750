#include "features/contacts/vcard.hpp"

#include <sodium.h>

#include <cctype>

namespace clientele::contacts {

namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void Line(std::string& out, std::string_view name, const std::string& value) {
  out += FoldVcardLine(std::string(name) + ":" + value);
}

void OptionalLine(std::string& out, std::string_view name, const std::optional<std::string>& value) {
  if (value && !value->empty()) Line(out, name, EscapeVcardText(*value));
}

/// ASCII for the Latin-1 letters U+00C0–U+00FF (the second UTF-8 byte after 0xC3), "" for the others.
std::string_view Transliterate(unsigned char second) {
  static constexpr std::string_view kUpper[] = {"A", "A", "A", "A", "A", "A", "AE", "C", "E",  "E", "E",
                                                "E", "I", "I", "I", "I", "D", "N",  "O", "O",  "O", "O",
                                                "O", "",  "O", "U", "U", "U", "U",  "Y", "TH", "ss"};
  if (second < 0x80 || second > 0xBF) return "";
  const unsigned index = second - 0x80;
  if (index < 32) return kUpper[index];
  static constexpr std::string_view kLower[] = {"a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e", "e",
                                                "e", "i", "i", "i", "i", "d", "n",  "o", "o",  "o", "o",
                                                "o", "",  "o", "u", "u", "u", "u",  "y", "th", "y"};
  return kLower[index - 32];
}

}  // namespace

std::string EscapeVcardText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ',':
        out += "\\,";
        break;
      case ';':
        out += "\\;";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string FoldVcardLine(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxLineOctets;  // continuation lines spend one octet on the leading space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && IsContinuation(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string VcardTimestamp(std::string_view iso) {
  std::string out;
  for (char c : iso) {
    if (c != '-' && c != ':') out.push_back(c);
  }
  return out;
}

std::string RenderVcard(const VcardCard& card) {
  std::string out;
  Line(out, "BEGIN", "VCARD");
  Line(out, "VERSION", "4.0");
  Line(out, "PRODID", "-//Clientele//Clientele//EN");
  Line(out, "KIND", "individual");
  Line(out, "UID", card.uid);
  Line(out, "FN", EscapeVcardText(card.formatted_name));
  Line(out, "N",
       EscapeVcardText(card.last_name.value_or("")) + ";" + EscapeVcardText(card.first_name.value_or("")) +
           ";;;");
  OptionalLine(out, "ORG", card.organization);
  OptionalLine(out, "TITLE", card.title);
  OptionalLine(out, "ROLE", card.role);
  OptionalLine(out, "EMAIL;TYPE=work", card.email);
  OptionalLine(out, "TEL;TYPE=cell", card.mobile_phone);
  OptionalLine(out, "TEL;TYPE=work", card.work_phone);
  if (card.address) {
    const auto& a = *card.address;
    std::string street;
    for (const auto& line : a.street) {
      if (!street.empty()) street.push_back(',');
      street += EscapeVcardText(line);
    }
    Line(out, "ADR;TYPE=work",
         ";;" + street + ";" + EscapeVcardText(a.locality) + ";" + EscapeVcardText(a.region) + ";" +
             EscapeVcardText(a.postal_code) + ";" + EscapeVcardText(a.country));
  }
  OptionalLine(out, "LANG", card.language);
  if (!card.categories.empty()) {
    std::string categories;
    for (const auto& c : card.categories) {
      if (!categories.empty()) categories.push_back(',');
      categories += EscapeVcardText(c);
    }
    Line(out, "CATEGORIES", categories);
  }
  OptionalLine(out, "NOTE", card.note);
  Line(out, "REV", VcardTimestamp(card.revision));
  Line(out, "END", "VCARD");
  return out;
}

std::string NameBasedUuid(std::string_view name) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(name.data()), name.size(),
                     nullptr, 0);
  hash[6] = static_cast<unsigned char>((hash[6] & 0x0F) | 0x80);  // version 8: custom
  hash[8] = static_cast<unsigned char>((hash[8] & 0x3F) | 0x80);  // variant: RFC 9562
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[hash[i] >> 4]);
    out.push_back(kHex[hash[i] & 0x0F]);
  }
  return out;
}

std::string SafeFilename(std::string_view name, std::string_view fallback, std::string_view extension) {
  constexpr std::size_t kMaxStem = 60;
  std::string stem;
  auto dash = [&stem] {
    if (!stem.empty() && stem.back() != '-') stem.push_back('-');
  };
  for (size_t i = 0; i < name.size() && stem.size() < kMaxStem; ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (std::isalnum(c))
        stem.push_back(static_cast<char>(c));
      else
        dash();
    } else if (c == 0xC3 && i + 1 < name.size()) {
      auto ascii = Transliterate(static_cast<unsigned char>(name[++i]));
      if (ascii.empty())
        dash();
      else
        stem += ascii;
    } else if (!IsContinuation(static_cast<char>(c))) {
      dash();
    }
  }
  if (stem.size() > kMaxStem) stem.resize(kMaxStem);
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  while (!stem.empty() && stem.front() == '-') stem.erase(0, 1);
  if (stem.empty()) stem = std::string(fallback);
  return stem + std::string(extension);
}

}  // namespace clientele::contacts
