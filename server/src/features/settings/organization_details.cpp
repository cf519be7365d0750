#include "features/settings/organization_details.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <variant>

#include "platform/validation/bank_account.hpp"
#include "platform/validation/business_id.hpp"
#include "platform/validation/percent.hpp"
#include "platform/validation/phone.hpp"
#include "platform/validation/text.hpp"

namespace clientele::settings {

namespace {

using Errors = std::vector<FieldError>;

constexpr std::array<std::string_view, 4> kInvoiceLanguages{"fi", "sv", "en", "nb"};

std::string Upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

/// Applies an optional single-line text: null or blank clears it, otherwise it must be a line of at most
/// `max` characters; `check` (may be null) adds a rule of its own.
template <class Check>
void TakeLine(const Field<std::string>& field, const char* name, std::size_t max,
              std::optional<std::string>& target, Errors& errors, Check check) {
  if (!field.present) return;
  std::optional<std::string> value = field.value;
  validation::TrimOptional(value);
  if (value) {
    if (auto e = validation::CheckLine(*value, max)) {
      errors.push_back({name, *e});
      return;
    }
    if (auto e = check(*value)) {
      errors.push_back({name, *e});
      return;
    }
  }
  target = std::move(value);
}

std::optional<std::string> NoRule(std::string&) { return std::nullopt; }

/// "0112038-9" (also typed without the dash) for FI, nine digits (spaces allowed) for NO, else letters,
/// digits, spaces, '-', '.' and '/'.
std::optional<std::string> CheckBusinessId(std::string& id, const std::optional<std::string>& country) {
  if (country == "FI") {
    if (id.size() == 8 && id.find('-') == std::string::npos) id.insert(7, "-");
    if (!validation::IsValidFinnishBusinessId(id))
      return "must be a Finnish business id (Y-tunnus) such as 0112038-9 with a valid check digit";
    return std::nullopt;
  }
  if (country == "NO") {
    std::string digits;
    for (char c : id) {
      if (c != ' ') digits.push_back(c);
    }
    if (!validation::IsValidNorwegianOrgNumber(digits))
      return "must be a Norwegian organisation number of 9 digits with a valid check digit";
    id = digits;
    return std::nullopt;
  }
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' && c != '-' && c != '.' && c != '/')
      return "may contain letters, digits, spaces and - . / only";
  }
  return std::nullopt;
}

/// Multi-line text: lines without control characters (tabs allowed), at most kMaxInvoiceFooterLines lines and
/// kMaxInvoiceFooterCharacters characters; "\r\n" becomes "\n".
std::optional<std::string> CheckFooter(std::string& text) {
  std::string normalized;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    normalized.push_back(text[i] == '\t' ? ' ' : text[i]);
  }
  std::size_t lines = 1;
  std::size_t start = 0;
  while (true) {
    const auto end = normalized.find('\n', start);
    const auto line =
        std::string_view(normalized).substr(start, end == std::string::npos ? end : end - start);
    if (auto e = validation::CheckLine(line, kMaxInvoiceFooterCharacters, true)) return *e;
    if (end == std::string::npos) break;
    ++lines;
    start = end + 1;
  }
  if (lines > kMaxInvoiceFooterLines)
    return "may have at most " + std::to_string(kMaxInvoiceFooterLines) + " lines";
  if (validation::CodePoints(normalized) > kMaxInvoiceFooterCharacters)
    return "must be at most " + std::to_string(kMaxInvoiceFooterCharacters) + " characters";
  text = std::move(normalized);
  return std::nullopt;
}

void TakeAddress(const Field<OrganizationAddress>& field, std::optional<OrganizationAddress>& target,
                 Errors& errors) {
  if (!field.present) return;
  if (!field.value) {
    target.reset();
    return;
  }
  OrganizationAddress a = *field.value;
  const std::size_t before = errors.size();
  std::vector<std::string> lines;
  for (const auto& line : a.street_lines) {
    std::string trimmed = validation::Trim(line);
    if (trimmed.empty()) continue;
    if (auto e = validation::CheckLine(trimmed, 200)) {
      errors.push_back({"address.streetLines", "each line " + *e});
      break;
    }
    lines.push_back(std::move(trimmed));
  }
  if (lines.empty())
    errors.push_back({"address.streetLines", "needs at least one line"});
  else if (lines.size() > 3)
    errors.push_back({"address.streetLines", "may have at most 3 lines"});
  a.street_lines = std::move(lines);
  validation::TrimOptional(a.postal_code);
  validation::CheckOptionalLine(a.postal_code, "address.postalCode", 20, errors);
  if (a.postal_code) {
    for (char c : *a.postal_code) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' && c != '-') {
        errors.push_back({"address.postalCode", "may contain letters, digits, spaces and - only"});
        break;
      }
    }
  }
  validation::TrimOptional(a.city);
  validation::CheckOptionalLine(a.city, "address.city", 100, errors);
  validation::TrimOptional(a.country);
  if (a.country) {
    a.country = Upper(*a.country);
    if (!validation::IsCountryCode(*a.country))
      errors.push_back({"address.country", "must be an ISO 3166-1 alpha-2 code, e.g. FI"});
  }
  if (errors.size() == before) target = std::move(a);
}

}  // namespace

std::string_view ReferenceSchemeName(ReferenceScheme scheme) {
  switch (scheme) {
    case ReferenceScheme::kFi:
      return "fi";
    case ReferenceScheme::kRf:
      return "rf";
    case ReferenceScheme::kKidMod10:
      return "kid-mod10";
    case ReferenceScheme::kKidMod11:
      return "kid-mod11";
  }
  return "rf";
}

std::optional<ReferenceScheme> ParseReferenceScheme(std::string_view name) {
  for (auto s :
       {ReferenceScheme::kFi, ReferenceScheme::kRf, ReferenceScheme::kKidMod10, ReferenceScheme::kKidMod11}) {
    if (ReferenceSchemeName(s) == name) return s;
  }
  return std::nullopt;
}

std::string EffectiveInvoiceLanguage(const OrganizationSettings& s) {
  if (s.invoice_language) return *s.invoice_language;
  if (s.country == "FI") return "fi";
  if (s.country == "NO") return "nb";
  return "en";
}

ReferenceScheme EffectiveReferenceScheme(const OrganizationSettings& s) {
  if (s.reference_scheme) return *s.reference_scheme;
  if (s.country == "FI") return ReferenceScheme::kFi;
  if (s.country == "NO") return ReferenceScheme::kKidMod10;
  return ReferenceScheme::kRf;
}

std::vector<std::string> MissingForInvoicing(const OrganizationSettings& s) {
  std::vector<std::string> missing;
  if (!s.legal_name) missing.push_back("legalName");
  if (!s.business_id) missing.push_back("businessId");
  if (!s.country) missing.push_back("country");
  if (!s.address || s.address->street_lines.empty() || !s.address->postal_code || !s.address->city)
    missing.push_back("address");
  if (!s.iban) missing.push_back("iban");
  return missing;
}

std::vector<FieldError> ApplyDetails(const OrganizationSettingsPatch& p, OrganizationSettings& next) {
  Errors errors = p.shape_errors;
  TakeLine(p.legal_name, "legalName", 200, next.legal_name, errors, NoRule);
  const std::size_t before_country = errors.size();
  TakeLine(p.country, "country", 2, next.country, errors, [](std::string& c) -> std::optional<std::string> {
    c = Upper(c);
    if (!validation::IsCountryCode(c)) return "must be an ISO 3166-1 alpha-2 code, e.g. FI";
    return std::nullopt;
  });
  const bool country_ok = errors.size() == before_country;
  // The business id and VAT number follow the country: check them again when it changes.
  Field<std::string> business_id = p.business_id;
  if (!business_id.present && p.country.present && country_ok) business_id = {true, next.business_id};
  TakeLine(business_id, "businessId", 30, next.business_id, errors,
           [&](std::string& id) { return CheckBusinessId(id, next.country); });
  Field<std::string> vat_number = p.vat_number;
  if (!vat_number.present && p.country.present && country_ok) vat_number = {true, next.vat_number};
  TakeLine(vat_number, "vatNumber", 30, next.vat_number, errors,
           [&](std::string& vat) -> std::optional<std::string> {
             auto check = validation::CheckVatNumber(vat, next.country.value_or(""));
             if (!check.value) return check.error;
             vat = check.value->normalized;
             return std::nullopt;
           });
  TakeAddress(p.address, next.address, errors);
  TakeLine(p.phone, "phone", 50, next.phone, errors,
           [](std::string& phone) { return validation::CheckPhone(phone); });
  TakeLine(p.email, "email", 254, next.email, errors,
           [](std::string& email) { return validation::CheckEmail(email); });
  TakeLine(p.website, "website", 500, next.website, errors, [](std::string& url) {
    // People type "www.example.fi"; store the URL they mean, as customers do.
    if (url.find("://") == std::string::npos) url = "https://" + url;
    return validation::CheckWebUrl(url);
  });
  TakeLine(p.iban, "iban", 50, next.iban, errors, [](std::string& iban) -> std::optional<std::string> {
    auto check = validation::CheckIban(iban);
    if (!check.value) return check.error;
    iban = *check.value;
    return std::nullopt;
  });
  TakeLine(p.bic, "bic", 20, next.bic, errors, [](std::string& bic) -> std::optional<std::string> {
    auto check = validation::CheckBic(bic);
    if (!check.value) return check.error;
    bic = *check.value;
    return std::nullopt;
  });
  if (p.invoice_footer.present) {
    std::optional<std::string> footer = p.invoice_footer.value;
    if (footer && validation::Trim(*footer).empty()) footer.reset();
    if (footer) {
      if (auto e = CheckFooter(*footer))
        errors.push_back({"invoiceFooter", *e});
      else
        next.invoice_footer = std::move(footer);
    } else {
      next.invoice_footer.reset();
    }
  }
  if (p.payment_term_days.present) {
    if (!p.payment_term_days.value || *p.payment_term_days.value < 0 ||
        *p.payment_term_days.value > kMaxPaymentTermDays)
      errors.push_back({"paymentTermDays", "must be a whole number of days from 0 to 365"});
    else
      next.payment_term_days = *p.payment_term_days.value;
  }
  if (p.overdue_interest.present) {
    if (!p.overdue_interest.value) {
      errors.push_back({"overdueInterest", "must not be null; send \"0\" for none"});
    } else {
      auto parsed = validation::ParsePercent(*p.overdue_interest.value);
      if (auto* e = std::get_if<std::string>(&parsed))
        errors.push_back({"overdueInterest", *e});
      else
        next.overdue_interest = std::get<std::int64_t>(parsed);
    }
  }
  if (p.invoice_language.present) {
    const auto& lang = p.invoice_language.value;
    if (!lang)
      next.invoice_language.reset();
    else if (std::find(kInvoiceLanguages.begin(), kInvoiceLanguages.end(), *lang) == kInvoiceLanguages.end())
      errors.push_back({"invoiceLanguage", "must be one of: fi, sv, en, nb (or null to follow the country)"});
    else
      next.invoice_language = *lang;
  }
  if (p.reference_scheme.present) {
    const auto& name = p.reference_scheme.value;
    if (!name) {
      next.reference_scheme.reset();
    } else if (auto scheme = ParseReferenceScheme(*name)) {
      next.reference_scheme = *scheme;
    } else {
      errors.push_back({"referenceScheme",
                        "must be one of: fi, rf, kid-mod10, kid-mod11 (or null to follow the country)"});
    }
  }
  return errors;
}

}  // namespace clientele::settings
