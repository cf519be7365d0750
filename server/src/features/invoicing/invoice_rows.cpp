// An invoice's rows: validated from what the client sent, added, changed and removed while the invoice's
// status allows; removing a row that billed hours or fees makes them uninvoiced again.
#include "features/invoicing/invoice_service.hpp"
#include "features/invoicing/invoice_values.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::invoicing {

namespace {

/// A text field of a row: kept from `current` when absent, else trimmed and checked.
std::optional<std::string> ReadText(const Field<std::string>& field, const char* name, std::size_t max,
                                    const std::optional<std::string>& current,
                                    std::vector<FieldError>& errors) {
  if (!field.present) {
    if (!current) errors.push_back({name, "is required"});
    return current;
  }
  if (!field.value) {
    errors.push_back({name, "must not be empty"});
    return std::nullopt;
  }
  auto text = validation::Trim(*field.value);
  if (auto why = validation::CheckLine(text, max)) {
    errors.push_back({name, *why});
    return std::nullopt;
  }
  return text;
}

}  // namespace

Result<InvoiceRow> InvoiceService::RowFrom(const RowInput& input, const std::vector<settings::VatRate>& rates,
                                           const std::string& currency, const InvoiceRow* current) {
  std::vector<FieldError> errors;
  InvoiceRow row = current ? *current : InvoiceRow{};
  auto description = ReadText(input.description, "description", kMaxRowDescription,
                              current ? std::optional(current->description) : std::nullopt, errors);
  if (description) row.description = *description;
  auto unit = input.unit.present ? ReadText(input.unit, "unit", kMaxUnit, std::nullopt, errors)
                                 : std::optional<std::string>(current ? current->unit : "pcs");
  if (unit) row.unit = *unit;
  if (input.quantity.present) {
    auto quantity = input.quantity.value ? ParseQuantity(*input.quantity.value)
                                         : Result<std::int64_t>(Error::Validation("quantity", "is required"));
    if (!quantity)
      errors.push_back({"quantity", quantity.error().fields.empty()
                                        ? quantity.error().message
                                        : quantity.error().fields.front().message});
    else if (*quantity == 0)
      errors.push_back({"quantity", "must not be zero"});
    else
      row.quantity = *quantity;
  } else if (!current) {
    errors.push_back({"quantity", "is required"});
  }
  if (input.unit_price.present && input.unit_price.value) {
    if (input.unit_price_currency.value != currency)
      errors.push_back({"unitPrice.currency", "must be the invoice's currency, " + currency});
    else
      row.unit_price = *input.unit_price.value;
  } else if (input.unit_price.present || !current) {
    errors.push_back({"unitPrice", "is required"});
  }
  std::optional<settings::VatRate> rate;
  if (input.vat_rate_id.present && input.vat_rate_id.value) {
    rate = ActiveRate(rates, *input.vat_rate_id.value);
    if (!rate) errors.push_back({"vatRateId", "is not an active VAT rate of this organization"});
  } else if (input.vat_rate_id.present || !current) {
    rate = StandardRate(rates);
  }
  if (rate) {
    row.vat_rate_id = rate->id.value;
    row.vat_percent = rate->percent;
    row.vat_category = CategoryOf(*rate);
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  auto net = ScaledLineNet(row.quantity, row.unit_price);
  if (!net) return Error::Validation("quantity", "quantity × unit price is beyond the range of amounts");
  row.net = *net;
  return row;
}

Result<Invoice> InvoiceService::AddRow(const auth::Principal& caller, InvoiceId id, const RowInput& input) {
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, id, input.version, now));
    CLIENTELE_CHECK(CheckEditable(invoice));
    if (static_cast<std::int64_t>(invoice.rows.size()) >= kMaxInvoiceRows)
      return Error::Conflict("An invoice holds at most " + std::to_string(kMaxInvoiceRows) + " rows");
    CLIENTELE_TRY(rates, UsableRates(sql, caller.org));
    CLIENTELE_TRY(row, RowFrom(input, rates, invoice.currency, nullptr));
    row.position = invoice.rows.empty() ? 1 : invoice.rows.back().position + 1;
    repo_.InsertRow(sql, caller.org, id, row);
    CLIENTELE_CHECK(StoreTotals(sql, caller.org, id));
    Audit(sql, caller, id, "rows", "", "added: " + row.description, now);
    return Load(sql, caller, id, Need::kView);
  });
}

Result<Invoice> InvoiceService::UpdateRow(const auth::Principal& caller, InvoiceRowId row_id,
                                          const RowInput& input) {
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    const auto id = repo_.InvoiceOfRow(sql, caller.org, row_id);
    if (!id) return Error::NotFound("No such invoice row");
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, *id, input.version, now));
    CLIENTELE_CHECK(CheckEditable(invoice));
    const InvoiceRow* current = nullptr;
    for (const auto& r : invoice.rows)
      if (r.id == row_id) current = &r;
    if (!current) return Error::NotFound("No such invoice row");
    CLIENTELE_TRY(rates, UsableRates(sql, caller.org));
    CLIENTELE_TRY(row, RowFrom(input, rates, invoice.currency, current));
    repo_.UpdateRow(sql, caller.org, row);
    CLIENTELE_CHECK(StoreTotals(sql, caller.org, *id));
    Audit(sql, caller, *id, "rows", current->description, "changed: " + row.description, now);
    return Load(sql, caller, *id, Need::kView);
  });
}

Result<Invoice> InvoiceService::DeleteRow(const auth::Principal& caller, InvoiceRowId row_id) {
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    const auto id = repo_.InvoiceOfRow(sql, caller.org, row_id);
    if (!id) return Error::NotFound("No such invoice row");
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, *id, std::nullopt, now));
    CLIENTELE_CHECK(CheckEditable(invoice));
    std::string description;
    for (const auto& r : invoice.rows)
      if (r.id == row_id) description = r.description;
    sources_.ReleaseRow(sql, caller.org, row_id);
    repo_.DeleteRow(sql, caller.org, row_id);
    CLIENTELE_CHECK(StoreTotals(sql, caller.org, *id));
    Audit(sql, caller, *id, "rows", description, "removed", now);
    return Load(sql, caller, *id, Need::kView);
  });
}

}  // namespace clientele::invoicing
