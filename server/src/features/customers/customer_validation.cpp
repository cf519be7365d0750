#include "features/customers/customer_validation.hpp"

#include <cctype>

#include "platform/validation/business_id.hpp"
#include "platform/validation/text.hpp"

namespace clientele::customers {

namespace {

using validation::CheckOptionalLine;
using validation::TrimOptional;

bool IsPhoneCharacter(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '+' || c == '-' || c == '(' ||
         c == ')' || c == '.' || c == '/';
}

std::optional<std::string> IdText(const std::optional<UserId>& id) {
  if (!id) return std::nullopt;
  return std::to_string(id->value);
}

}  // namespace

std::vector<FieldError> NormalizeCustomerValues(CustomerValues& v) {
  std::vector<FieldError> errors;
  v.name = validation::Trim(v.name);
  if (auto e = validation::CheckLine(v.name, 200)) errors.push_back({"name", *e});
  if (v.number < 1 || v.number > kMaxCustomerNumber) {
    errors.push_back({"number", "must be a whole number from 1 to 999999999999"});
  }
  TrimOptional(v.country);
  if (v.country) {
    for (auto& c : *v.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!validation::IsCountryCode(*v.country))
      errors.push_back({"country", "must be an ISO 3166-1 alpha-2 code, e.g. FI"});
  }
  TrimOptional(v.vat_number);
  if (v.vat_number) {
    auto check = validation::CheckVatNumber(*v.vat_number, v.country.value_or(""));
    if (check.value)
      v.vat_number = check.value->normalized;
    else
      errors.push_back({"vatNumber", check.error});
  }
  TrimOptional(v.email);
  if (v.email) {
    if (auto e = validation::CheckEmail(*v.email)) errors.push_back({"email", *e});
  }
  TrimOptional(v.website);
  if (v.website) {
    // People type "www.example.fi"; store it as the URL they mean.
    if (v.website->find("://") == std::string::npos) v.website = "https://" + *v.website;
    if (auto e = validation::CheckWebUrl(*v.website)) errors.push_back({"website", *e});
  }
  TrimOptional(v.phone);
  CheckOptionalLine(v.phone, "phone", 50, errors);
  if (v.phone) {
    for (char c : *v.phone) {
      if (!IsPhoneCharacter(c)) {
        errors.push_back({"phone", "may contain digits, spaces and + - ( ) . / only"});
        break;
      }
    }
  }
  TrimOptional(v.industry);
  CheckOptionalLine(v.industry, "industry", 100, errors);
  return errors;
}

std::vector<FieldError> ApplyPatch(const CustomerPatch& p, CustomerValues& v) {
  std::vector<FieldError> errors;
  if (p.number.present) {
    if (p.number.value)
      v.number = *p.number.value;
    else
      errors.push_back({"number", "must not be null"});
  }
  if (p.name.present) {
    if (p.name.value)
      v.name = *p.name.value;
    else
      errors.push_back({"name", "must not be null"});
  }
  auto apply = [](const Field<std::string>& f, std::optional<std::string>& target) {
    if (f.present) target = f.value;
  };
  apply(p.vat_number, v.vat_number);
  apply(p.country, v.country);
  apply(p.email, v.email);
  apply(p.website, v.website);
  apply(p.phone, v.phone);
  apply(p.industry, v.industry);
  if (p.account_owner.present) {
    v.account_owner =
        p.account_owner.value ? std::optional<UserId>(UserId(*p.account_owner.value)) : std::nullopt;
  }
  return errors;
}

std::vector<FieldChange> Diff(const CustomerValues& a, const CustomerValues& b) {
  std::vector<FieldChange> changes;
  auto text = [&](const char* field, const std::optional<std::string>& x,
                  const std::optional<std::string>& y) {
    if (x != y) changes.push_back({field, x, y});
  };
  if (a.number != b.number) changes.push_back({"number", std::to_string(a.number), std::to_string(b.number)});
  if (a.name != b.name) changes.push_back({"name", a.name, b.name});
  text("vatNumber", a.vat_number, b.vat_number);
  text("country", a.country, b.country);
  text("accountOwnerId", IdText(a.account_owner), IdText(b.account_owner));
  text("email", a.email, b.email);
  text("website", a.website, b.website);
  text("phone", a.phone, b.phone);
  text("industry", a.industry, b.industry);
  return changes;
}

}  // namespace clientele::customers
