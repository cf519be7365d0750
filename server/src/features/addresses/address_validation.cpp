#include "features/addresses/address_validation.hpp"

#include <algorithm>
#include <cctype>

#include "platform/validation/phone.hpp"
#include "platform/validation/text.hpp"

namespace clientele::addresses {

namespace {

using validation::CheckOptionalLine;
using validation::TrimOptional;

constexpr std::size_t kMaxStreetLines = 3;

std::string UsesText(const std::vector<AddressUse>& uses) {
  std::string out;
  for (auto use : uses) out += (out.empty() ? "" : ", ") + std::string(UseName(use));
  return out;
}

std::optional<std::string> Joined(const std::vector<std::string>& lines) {
  if (lines.empty()) return std::nullopt;
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : " / ") + line;
  return out;
}

}  // namespace

bool AddressValues::Has(AddressUse use) const {
  return std::find(uses.begin(), uses.end(), use) != uses.end();
}

std::string_view UseName(AddressUse use) {
  switch (use) {
    case AddressUse::kVisiting:
      return "visiting";
    case AddressUse::kPostal:
      return "postal";
    case AddressUse::kBilling:
      return "billing";
    case AddressUse::kDelivery:
      return "delivery";
  }
  return "visiting";
}

std::optional<AddressUse> ParseUse(std::string_view name) {
  for (auto use : kAllUses) {
    if (UseName(use) == name) return use;
  }
  return std::nullopt;
}

std::vector<FieldError> ParseUses(const std::vector<std::string>& names, std::vector<AddressUse>& uses) {
  uses.clear();
  for (const auto& name : names) {
    auto use = ParseUse(name);
    if (!use) return {{"uses", "each must be one of: visiting, postal, billing, delivery"}};
    uses.push_back(*use);
  }
  return {};
}

std::vector<FieldError> NormalizeAddressValues(AddressValues& v) {
  std::vector<FieldError> errors;
  std::vector<std::string> street;
  for (const auto& line : v.street) {
    std::string trimmed = validation::Trim(line);
    if (!trimmed.empty()) street.push_back(std::move(trimmed));
  }
  v.street = std::move(street);
  if (v.street.empty()) {
    errors.push_back({"street", "needs at least one line"});
  } else if (v.street.size() > kMaxStreetLines) {
    errors.push_back({"street", "may have at most 3 lines"});
  } else {
    for (const auto& line : v.street) {
      if (auto e = validation::CheckLine(line, 200)) {
        errors.push_back({"street", "each line " + *e});
        break;
      }
    }
  }
  TrimOptional(v.postal_code);
  CheckOptionalLine(v.postal_code, "postalCode", 20, errors);
  if (v.postal_code) {
    for (char c : *v.postal_code) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' && c != '-') {
        errors.push_back({"postalCode", "may contain letters, digits, spaces and - only"});
        break;
      }
    }
  }
  TrimOptional(v.city);
  CheckOptionalLine(v.city, "city", 100, errors);
  TrimOptional(v.region);
  CheckOptionalLine(v.region, "region", 100, errors);
  TrimOptional(v.country);
  if (v.country) {
    for (auto& c : *v.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!validation::IsCountryCode(*v.country))
      errors.push_back({"country", "must be an ISO 3166-1 alpha-2 code, e.g. FI"});
  }
  TrimOptional(v.phone);
  if (v.phone) {
    if (auto e = validation::CheckPhone(*v.phone)) errors.push_back({"phone", *e});
  }
  std::vector<AddressUse> uses;
  for (auto use : kAllUses) {
    if (v.Has(use)) uses.push_back(use);
  }
  v.uses = std::move(uses);
  return errors;
}

std::vector<FieldError> FromNewAddress(const NewAddress& input, AddressValues& v) {
  std::vector<FieldError> errors;
  if (!input.street)
    errors.push_back({"street", "is required"});
  else
    v.street = *input.street;
  v.postal_code = input.postal_code;
  v.city = input.city;
  v.region = input.region;
  v.country = input.country;
  v.phone = input.phone;
  if (input.uses) {
    auto use_errors = ParseUses(*input.uses, v.uses);
    errors.insert(errors.end(), use_errors.begin(), use_errors.end());
  }
  return errors;
}

std::vector<FieldError> ApplyPatch(const AddressPatch& p, AddressValues& v) {
  std::vector<FieldError> errors;
  if (p.street.present) {
    if (p.street.value)
      v.street = *p.street.value;
    else
      errors.push_back({"street", "must not be null"});
  }
  auto apply = [](const Field<std::string>& f, std::optional<std::string>& target) {
    if (f.present) target = f.value;
  };
  apply(p.postal_code, v.postal_code);
  apply(p.city, v.city);
  apply(p.region, v.region);
  apply(p.country, v.country);
  apply(p.phone, v.phone);
  if (p.uses.present) {
    if (p.uses.value) {
      auto use_errors = ParseUses(*p.uses.value, v.uses);
      errors.insert(errors.end(), use_errors.begin(), use_errors.end());
    } else {
      v.uses.clear();
    }
  }
  return errors;
}

std::vector<AddressChange> Diff(const AddressValues& a, const AddressValues& b) {
  std::vector<AddressChange> changes;
  auto text = [&](const char* field, const std::optional<std::string>& x,
                  const std::optional<std::string>& y) {
    if (x != y) changes.push_back({field, x, y});
  };
  if (a.street != b.street) changes.push_back({"street", Joined(a.street), Joined(b.street)});
  text("postalCode", a.postal_code, b.postal_code);
  text("city", a.city, b.city);
  text("region", a.region, b.region);
  text("country", a.country, b.country);
  text("phone", a.phone, b.phone);
  if (a.uses != b.uses) changes.push_back({"uses", UsesText(a.uses), UsesText(b.uses)});
  return changes;
}

std::string OneLine(const AddressValues& v) {
  std::string out;
  for (const auto& line : v.street) out += (out.empty() ? "" : ", ") + line;
  std::string place = v.postal_code.value_or("");
  if (v.city) place += (place.empty() ? "" : " ") + *v.city;
  if (!place.empty()) out += (out.empty() ? "" : ", ") + place;
  if (v.country) out += (out.empty() ? "" : ", ") + *v.country;
  return out;
}

}  // namespace clientele::addresses
