#include "features/registry/brreg_mapping.hpp"

#include <cctype>

#include "platform/validation/text.hpp"

namespace clientele::registry {

using nlohmann::json;

namespace {

std::string Text(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool Flag(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

bool IsBlank(const std::string& s) {
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

/// An `Adresse`: its non-empty `adresse` lines (which may hold "" or null), postnummer, poststed, landkode.
std::optional<RegistryAddress> MapAddress(const json& unit, const char* key) {
  auto it = unit.find(key);
  if (it == unit.end() || !it->is_object()) return std::nullopt;
  const json& a = *it;
  RegistryAddress out;
  if (auto lines = a.find("adresse"); lines != a.end() && lines->is_array()) {
    for (const auto& line : *lines) {
      if (line.is_string() && !IsBlank(line.get<std::string>()))
        out.street.push_back(line.get<std::string>());
    }
  }
  out.postal_code = Text(a, "postnummer");
  out.city = Text(a, "poststed");
  out.country = Text(a, "landkode");
  for (auto& c : out.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (out.country.empty() && Text(a, "land") == "Norge") out.country = "NO";
  if (out.street.empty() && out.postal_code.empty() && out.city.empty()) return std::nullopt;
  return out;
}

RegistryCompany Base(std::string_view org_number) {
  RegistryCompany out;
  out.registry = Registry::kBrreg;
  out.business_id = std::string(org_number);
  return out;
}

}  // namespace

Result<RegistryCompany> MapBrregUnit(const json& body, std::string_view org_number) {
  if (!body.is_object() || Text(body, "organisasjonsnummer").empty()) {
    return Error{ErrorCode::kBadGateway,
                 "Brønnøysundregistrene answered in an unexpected format (not a unit)"};
  }
  if (Text(body, "organisasjonsnummer") != org_number) {
    return Error{ErrorCode::kBadGateway,
                 "Brønnøysundregistrene answered with another unit than " + std::string(org_number)};
  }
  RegistryCompany out = Base(org_number);
  if (auto name = Text(body, "navn"); !name.empty()) out.name = name;
  // A struck-off unit is a 200 with a reduced body, not an HTTP error.
  if (Text(body, "respons_klasse") == "SlettetEnhet" || !Text(body, "slettedato").empty()) {
    out.status = CompanyStatus::kDeleted;
    if (auto date = Text(body, "slettedato"); !date.empty()) out.deleted_on = date;
    return out;
  }
  if (Flag(body, "konkurs"))
    out.status = CompanyStatus::kBankrupt;
  else if (Flag(body, "underAvvikling") || Flag(body, "underTvangsavviklingEllerTvangsopplosning")) {
    out.status = CompanyStatus::kLiquidation;
  }
  out.visiting_address = MapAddress(body, "forretningsadresse");
  out.postal_address = MapAddress(body, "postadresse");
  if (auto email = validation::Trim(Text(body, "epostadresse")); !email.empty()) out.email = email;
  if (auto website = validation::Trim(Text(body, "hjemmeside")); !website.empty())
    out.website = WithScheme(website);
  return out;
}

RegistryCompany MapBrregGone(const json& body, std::string_view org_number) {
  RegistryCompany out = Base(org_number);
  out.status = CompanyStatus::kDeleted;
  out.withdrawn = true;
  if (body.is_object()) {
    if (auto date = Text(body, "slettedato"); !date.empty()) out.deleted_on = date;
  }
  return out;
}

}  // namespace clientele::registry
