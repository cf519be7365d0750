#include "features/invoicing/invoice_rules.hpp"

#include <algorithm>
#include <iterator>

#include "features/invoicing/invoice_values.hpp"
#include "platform/validation/date.hpp"
#include "platform/validation/text.hpp"

namespace clientele::invoicing {

namespace {

/// An optional single-line text: null or absent keep/clear to empty, a value is trimmed and checked.
void ApplyLine(const Field<std::string>& field, const char* name, std::size_t max, std::string& target,
               std::vector<FieldError>& errors) {
  if (!field.present) return;
  const auto text = field.value ? validation::Trim(*field.value) : std::string();
  if (auto why = validation::CheckLine(text, max, true))
    errors.push_back({name, *why});
  else
    target = text;
}

std::string AddressText(const BillingAddress& a) {
  std::string out = a.name;
  for (const auto& line : a.street_lines) out += ", " + line;
  out += ", " + a.postal_code + " " + a.city;
  if (!a.country.empty()) out += ", " + a.country;
  return out;
}

}  // namespace

std::optional<FieldError> CheckBillingAddress(const BillingAddress& a) {
  if (auto why = validation::CheckLine(a.name, 200)) return FieldError{"billingAddress.name", *why};
  if (a.street_lines.size() > 3) return FieldError{"billingAddress.streetLines", "at most 3 lines"};
  for (const auto& line : a.street_lines)
    if (auto why = validation::CheckLine(line, 200)) return FieldError{"billingAddress.streetLines", *why};
  if (auto why = validation::CheckLine(a.postal_code, 20, true))
    return FieldError{"billingAddress.postalCode", *why};
  if (auto why = validation::CheckLine(a.city, 100, true)) return FieldError{"billingAddress.city", *why};
  if (!a.country.empty() && !validation::IsCountryCode(a.country))
    return FieldError{"billingAddress.country", "must be an ISO 3166-1 alpha-2 code such as FI"};
  return std::nullopt;
}

Result<InvoiceHeader> ApplyHeaderPatch(const InvoiceHeader& header, const InvoicePatch& patch,
                                       std::int64_t payment_term_days) {
  std::vector<FieldError> errors;
  InvoiceHeader next = header;
  if (patch.date.present) {
    if (!patch.date.value || validation::CheckDate(*patch.date.value)) {
      errors.push_back({"date", "must be a date written YYYY-MM-DD"});
    } else {
      next.date = *patch.date.value;
      if (!patch.due_date.present) next.due_date = AddDays(next.date, payment_term_days).value_or(next.date);
    }
  }
  if (patch.due_date.present) {
    if (!patch.due_date.value || validation::CheckDate(*patch.due_date.value))
      errors.push_back({"dueDate", "must be a date written YYYY-MM-DD"});
    else
      next.due_date = *patch.due_date.value;
  }
  if (errors.empty() && next.due_date < next.date)
    errors.push_back({"dueDate", "must not be before the date"});
  if (patch.language.present) {
    const auto& value = patch.language.value;
    if (!value || std::none_of(std::begin(kInvoiceLanguages), std::end(kInvoiceLanguages),
                               [&](const char* l) { return *value == l; }))
      errors.push_back({"language", "must be one of fi, sv, nb, en"});
    else
      next.language = *value;
  }
  if (patch.billing_address.present) {
    if (!patch.billing_address.value)
      errors.push_back({"billingAddress", "must not be empty"});
    else if (auto why = CheckBillingAddress(*patch.billing_address.value))
      errors.push_back(*why);
    else
      next.billing_address = *patch.billing_address.value;
  }
  ApplyLine(patch.our_reference, "ourReference", kMaxReference, next.our_reference, errors);
  ApplyLine(patch.your_reference, "yourReference", kMaxReference, next.your_reference, errors);
  ApplyLine(patch.order_number, "orderNumber", kMaxReference, next.order_number, errors);
  if (patch.notes.present) {
    const auto text = patch.notes.value ? validation::Trim(*patch.notes.value) : std::string();
    if (validation::CodePoints(text) > kMaxInvoiceNotes)
      errors.push_back({"notes", "must be at most " + std::to_string(kMaxInvoiceNotes) + " characters"});
    else
      next.notes = text;
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return next;
}

std::vector<std::tuple<std::string, std::string, std::string>> HeaderChanges(const InvoiceHeader& a,
                                                                             const InvoiceHeader& b) {
  std::vector<std::tuple<std::string, std::string, std::string>> out;
  auto add = [&](const char* field, const std::string& before, const std::string& after) {
    if (before != after) out.emplace_back(field, before, after);
  };
  add("date", a.date, b.date);
  add("dueDate", a.due_date, b.due_date);
  add("language", a.language, b.language);
  add("billingAddress", AddressText(a.billing_address), AddressText(b.billing_address));
  add("ourReference", a.our_reference, b.our_reference);
  add("yourReference", a.your_reference, b.your_reference);
  add("orderNumber", a.order_number, b.order_number);
  add("notes", a.notes, b.notes);
  return out;
}

}  // namespace clientele::invoicing
