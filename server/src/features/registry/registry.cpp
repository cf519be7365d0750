#include "features/registry/registry.hpp"

namespace clientele::registry {

RegistrySource SourceOf(Registry registry) {
  switch (registry) {
    case Registry::kPrh:
      return {"PRH", "CC BY 4.0"};
    case Registry::kBrreg:
      return {"Brønnøysundregistrene", "NLOD"};
  }
  return {"", ""};
}

std::string AuditSource(Registry registry) { return "registry:" + std::string(SourceOf(registry).registry); }

std::string_view StatusName(CompanyStatus status) {
  switch (status) {
    case CompanyStatus::kActive:
      return "active";
    case CompanyStatus::kDeleted:
      return "deleted";
    case CompanyStatus::kBankrupt:
      return "bankrupt";
    case CompanyStatus::kLiquidation:
      return "liquidation";
  }
  return "active";
}

std::string_view CountryOf(Registry registry) { return registry == Registry::kPrh ? "FI" : "NO"; }

std::optional<Registry> RegistryForCountry(std::string_view country) {
  if (country == "FI") return Registry::kPrh;
  if (country == "NO") return Registry::kBrreg;
  return std::nullopt;
}

std::optional<Language> ParseLanguage(std::string_view code) {
  if (code == "fi") return Language::kFinnish;
  if (code == "sv") return Language::kSwedish;
  if (code == "en") return Language::kEnglish;
  return std::nullopt;
}

Error NotInRegistry(Registry registry, std::string_view business_id) {
  const char* what = registry == Registry::kPrh ? "Business id " : "Organisation number ";
  Error e = Error::NotFound(what + std::string(business_id) + " was not found in the registry (" +
                            std::string(SourceOf(registry).registry) + ")");
  e.fields.push_back({"businessId", "was not found in the registry"});
  return e;
}

std::string VatNumberOf(Registry registry, std::string_view business_id) {
  if (registry == Registry::kBrreg) return "NO" + std::string(business_id) + "MVA";
  std::string digits;
  for (char c : business_id) {
    if (c != '-') digits.push_back(c);
  }
  return "FI" + digits;
}

std::string WithScheme(std::string_view website) {
  if (website.find("://") != std::string_view::npos) return std::string(website);
  return "https://" + std::string(website);
}

}  // namespace clientele::registry
