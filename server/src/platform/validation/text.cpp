#include "platform/validation/text.hpp"

#include <algorithm>
#include <array>

namespace clientele::validation {

std::string Trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::optional<std::string> CheckLine(std::string_view text, std::size_t max, bool allow_empty) {
  if (text.empty() && !allow_empty) return "must not be empty";
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "must not contain control characters";
  }
  if (CodePoints(text) > max) return "must be at most " + std::to_string(max) + " characters";
  return std::nullopt;
}

void TrimOptional(std::optional<std::string>& value) {
  if (!value) return;
  *value = Trim(*value);
  if (value->empty()) value.reset();
}

void CheckOptionalLine(const std::optional<std::string>& value, const char* field, std::size_t max,
                       std::vector<FieldError>& errors) {
  if (!value) return;
  if (auto e = CheckLine(*value, max)) errors.push_back({field, *e});
}

std::string FoldCase(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

std::optional<std::string> CheckEmail(std::string_view email) {
  if (email.size() > 254) return "must be at most 254 characters";
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || at != email.rfind('@')) return "must be an e-mail address";
  const auto domain = email.substr(at + 1);
  if (domain.size() < 3 || domain.find('.') == std::string_view::npos || domain.front() == '.' ||
      domain.back() == '.' || domain.find("..") != std::string_view::npos) {
    return "must be an e-mail address";
  }
  for (char c : email) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == ',' || c == ';' || c == '<' || c == '>') {
      return "must be an e-mail address";
    }
  }
  return std::nullopt;
}

std::optional<std::string> CheckWebUrl(std::string_view url) {
  if (url.size() > 2000) return "must be at most 2000 characters";
  std::string lower = FoldCase(url);
  std::string_view rest;
  if (lower.rfind("https://", 0) == 0)
    rest = url.substr(8);
  else if (lower.rfind("http://", 0) == 0)
    rest = url.substr(7);
  else
    return "must start with http:// or https://";
  const auto host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string_view::npos)
    return "must name a host, e.g. https://example.com";
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return "must not contain spaces";
  }
  return std::nullopt;
}

bool IsCountryCode(std::string_view code) {
  // ISO 3166-1 alpha-2, officially assigned codes.
  static constexpr std::string_view kCodes =
      "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV "
      "BW "
      "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET "
      "FI "
      "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM "
      "IN "
      "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD "
      "ME "
      "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE "
      "PF "
      "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST "
      "SV "
      "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS "
      "YE "
      "YT ZA ZM ZW";
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return false;
  for (size_t i = 0; i + 1 < kCodes.size(); i += 3) {
    if (kCodes.substr(i, 2) == code) return true;
  }
  return false;
}

}  // namespace clientele::validation
