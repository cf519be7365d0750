#include "features/registry/prh_mapping.hpp"

#include <cctype>

#include "platform/validation/text.hpp"

namespace clientele::registry {

using nlohmann::json;

namespace {

/// A string member, or "" when absent or not a string (the API omits or empties parts freely).
std::string Text(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// A code that the API sends as a string ("1") in some places and as a number (1) in others.
std::string Code(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

/// A member that should be an array, or an empty array.
const json& List(const json& object, const char* key) {
  static const json kEmpty = json::array();
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : kEmpty;
}

/// Dated items without an end date are the current ones.
bool IsCurrent(const json& item) { return Text(item, "endDate").empty(); }

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kFinnish:
      return "1";
    case Language::kSwedish:
      return "2";
    case Language::kEnglish:
      return "3";
  }
  return "1";
}

/// The current item of `type` registered last, or nullptr.
const json* Latest(const json& items, const char* type_key, std::string_view type) {
  const json* best = nullptr;
  for (const auto& item : items) {
    if (!item.is_object() || Code(item, type_key) != type || !IsCurrent(item)) continue;
    if (!best || Text(item, "registrationDate") > Text(*best, "registrationDate")) best = &item;
  }
  return best;
}

/// The post office name in `language`, else Finnish, else the first one listed (their order is not stable).
std::string City(const json& post_offices, Language language) {
  if (!post_offices.is_array() || post_offices.empty()) return {};
  for (std::string_view wanted : {LanguageCode(language), std::string_view("1")}) {
    for (const auto& office : post_offices) {
      if (office.is_object() && Code(office, "languageCode") == wanted && !Text(office, "city").empty()) {
        return Text(office, "city");
      }
    }
  }
  return post_offices.front().is_object() ? Text(post_offices.front(), "city") : std::string();
}

std::string PoBoxLine(const std::string& box, Language language) {
  switch (language) {
    case Language::kFinnish:
      return "PL " + box;
    case Language::kSwedish:
      return "PB " + box;
    case Language::kEnglish:
      return "P.O. Box " + box;
  }
  return "PL " + box;
}

/// "Karakaari 7", "Mannerheimintie 1 B 12a": street, building number, entrance, apartment and its suffix.
std::string StreetLine(const json& a) {
  std::string line;
  auto add = [&line](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += ' ';
    line += part;
  };
  add(Text(a, "street"));
  add(Text(a, "buildingNumber"));
  add(Text(a, "entrance"));
  add(Text(a, "apartmentNumber") + Text(a, "apartmentIdSuffix"));
  return line;
}

std::optional<RegistryAddress> MapAddress(const json& a, Language language) {
  RegistryAddress out;
  if (const auto co = Text(a, "co"); !co.empty()) out.street.push_back("c/o " + co);
  const auto box = Text(a, "postOfficeBox");
  const auto line = box.empty() ? StreetLine(a) : PoBoxLine(box, language);
  if (!line.empty()) out.street.push_back(line);
  if (const auto free = Text(a, "freeAddressLine"); !free.empty()) out.street.push_back(free);
  out.postal_code = Text(a, "postCode");
  if (auto it = a.find("postOffices"); it != a.end()) out.city = City(*it, language);
  // Finnish addresses leave `country` empty; a foreign one names it. Only a two-letter code is usable as is.
  const auto country = Text(a, "country");
  if (country.empty())
    out.country = "FI";
  else if (country.size() == 2) {
    for (char c : country)
      out.country.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (out.street.empty() && out.postal_code.empty() && out.city.empty()) return std::nullopt;
  return out;
}

void MapStatus(const json& company, RegistryCompany& out) {
  if (const auto end = Text(company, "endDate"); !end.empty()) {
    out.status = CompanyStatus::kDeleted;
    out.deleted_on = end;
    return;
  }
  // Bankruptcy and liquidation codes as third-party clients read them (not confirmed by PRH's spec).
  for (const auto& situation : List(company, "companySituations")) {
    if (!situation.is_object() || !IsCurrent(situation)) continue;
    const auto type = Code(situation, "type");
    if (type == "KONK")
      out.status = CompanyStatus::kBankrupt;
    else if (type == "SELTILA" && out.status != CompanyStatus::kBankrupt)
      out.status = CompanyStatus::kLiquidation;
  }
}

Error Unexpected(std::string_view what) {
  return {ErrorCode::kBadGateway, "PRH answered in an unexpected format (" + std::string(what) + ")"};
}

}  // namespace

Result<RegistryCompany> MapPrhCompanies(const json& body, std::string_view business_id, Language language) {
  if (!body.is_object()) return Unexpected("not a JSON object");
  auto companies = body.find("companies");
  if (companies == body.end() || !companies->is_array()) return Unexpected("no companies list");
  const json* company = nullptr;
  for (const auto& c : *companies) {
    // Only the requested id counts: a search API may answer with near matches.
    if (c.is_object() && c.contains("businessId") && c["businessId"].is_object() &&
        Text(c["businessId"], "value") == business_id) {
      company = &c;
      break;
    }
  }
  if (!company) {
    return NotInRegistry(Registry::kPrh, business_id);
  }
  RegistryCompany out;
  out.registry = Registry::kPrh;
  out.business_id = std::string(business_id);
  const json& names = List(*company, "names");
  if (const json* name = Latest(names, "type", "1")) out.name = Text(*name, "name");
  if (out.name && out.name->empty()) out.name.reset();
  for (const auto& n : names) {
    if (n.is_object() && Code(n, "type") == "2" && IsCurrent(n) && !Text(n, "name").empty()) {
      out.parallel_names.push_back(Text(n, "name"));
    }
  }
  const json& addresses = List(*company, "addresses");
  if (const json* a = Latest(addresses, "type", "1")) out.visiting_address = MapAddress(*a, language);
  if (const json* a = Latest(addresses, "type", "2")) out.postal_address = MapAddress(*a, language);
  if (auto it = company->find("website"); it != company->end() && it->is_object()) {
    if (const auto url = validation::Trim(Text(*it, "url")); !url.empty()) out.website = WithScheme(url);
  }
  MapStatus(*company, out);
  return out;
}

}  // namespace clientele::registry
