#include "features/financials/fee_rules.hpp"

#include <variant>

#include "features/financials/money_math.hpp"
#include "features/financials/quantity.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/text.hpp"

namespace clientele::financials {

namespace {

constexpr std::size_t kMaxDescription = 1000;
constexpr std::size_t kMaxUnit = 20;

using Errors = std::vector<FieldError>;

/// A required field of a POST (absent or null → "is required"); a PATCH may leave it out, not null it.
template <class T>
const T* Required(const Field<T>& field, const char* name, bool creating, Errors& errors) {
  if (field.present && field.value) return &*field.value;
  if (creating || field.present) errors.push_back({name, "is required"});
  return nullptr;
}

void ReadKind(const FeeInput& in, bool creating, FeeValues& v, Errors& errors) {
  if (const auto* kind = Required(in.kind, "kind", creating, errors)) {
    if (auto parsed = ParseFeeKind(*kind)) {
      if (creating && !in.billable.present) v.billable = *parsed == FeeKind::kFee;
      v.kind = *parsed;
    } else {
      errors.push_back({"kind", "must be fee or cost"});
    }
  }
}

void ReadTexts(const FeeInput& in, bool creating, FeeValues& v, Errors& errors) {
  if (const auto* date = Required(in.date, "date", creating, errors)) {
    if (auto e = validation::CheckDate(*date))
      errors.push_back({"date", *e});
    else
      v.date = *date;
  }
  if (const auto* description = Required(in.description, "description", creating, errors)) {
    v.description = validation::Trim(*description);
    if (auto e = validation::CheckLine(v.description, kMaxDescription)) errors.push_back({"description", *e});
  }
  if (const auto* unit = Required(in.unit, "unit", creating, errors)) {
    v.unit = validation::Trim(*unit);
    if (auto e = validation::CheckLine(v.unit, kMaxUnit)) errors.push_back({"unit", *e});
  }
}

void ReadQuantity(const FeeInput& in, bool creating, FeeValues& v, Errors& errors) {
  const auto* text = Required(in.quantity, "quantity", creating, errors);
  if (!text) return;
  auto parsed = ParseQuantity(*text);
  if (const auto* why = std::get_if<std::string>(&parsed)) {
    errors.push_back({"quantity", *why});
    return;
  }
  const auto quantity = std::get<std::int64_t>(parsed);
  if (quantity <= 0 || quantity > kMaxQuantityHundredths)
    errors.push_back({"quantity", "must be more than 0 and at most 1000000000"});
  else
    v.quantity = quantity;
}

/// A money field: minor units from 0 to kMaxRowAmount in the project's currency.
void ReadMoney(const Field<Money>& field, const char* name, const std::string& currency, std::int64_t& out,
               Errors& errors) {
  if (!field.present) return;
  if (!field.value) {
    errors.push_back({name, "must not be null"});
    return;
  }
  const Money& m = *field.value;
  if (m.currency != currency)
    errors.push_back({std::string(name) + ".currency", "must be the project's currency, " + currency});
  else if (m.amount < 0 || m.amount > kMaxRowAmount)
    errors.push_back({std::string(name) + ".amount", "must be between 0 and 10^13 minor units"});
  else
    out = m.amount;
}

}  // namespace

Result<FeeValues> ApplyFeeInput(const FeeInput& in, const FeeValues* current, const std::string& currency) {
  const bool creating = current == nullptr;
  FeeValues v = current ? *current : FeeValues{};
  Errors errors = in.shape_errors;
  ReadKind(in, creating, v, errors);
  ReadTexts(in, creating, v, errors);
  ReadQuantity(in, creating, v, errors);
  if (creating && !in.unit_price.present) errors.push_back({"unitPrice", "is required"});
  ReadMoney(in.unit_price, "unitPrice", currency, v.unit_price, errors);
  ReadMoney(in.unit_cost, "unitCost", currency, v.unit_cost, errors);
  if (in.billable.present) {
    if (in.billable.value)
      v.billable = *in.billable.value;
    else
      errors.push_back({"billable", "must not be null"});
  }
  // Whether the rate is the organization's and active is the service's check (it needs the database).
  if (in.vat_rate_id.present) v.vat_rate_id = in.vat_rate_id.value;
  if (errors.empty()) {
    // One row's value and cost stay within the bound, so that sums of many rows never overflow.
    if (!LineAmount(v.quantity, v.unit_price))
      errors.push_back({"quantity", "quantity × unit price is too large"});
    if (!LineAmount(v.quantity, v.unit_cost))
      errors.push_back({"quantity", "quantity × unit cost is too large"});
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return v;
}

}  // namespace clientele::financials

namespace clientele::financials {

std::string_view FeeKindName(FeeKind kind) { return kind == FeeKind::kCost ? "cost" : "fee"; }

std::optional<FeeKind> ParseFeeKind(std::string_view name) {
  if (name == "fee") return FeeKind::kFee;
  if (name == "cost") return FeeKind::kCost;
  return std::nullopt;
}

}  // namespace clientele::financials
