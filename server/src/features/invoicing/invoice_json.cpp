#include "features/invoicing/invoice_json.hpp"

#include "features/financials/money_json.hpp"
#include "features/invoicing/invoice_status_json.hpp"
#include "features/invoicing/invoice_values.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"
#include "platform/validation/date.hpp"

namespace clientele::invoicing {

using financials::MoneyJson;
using nlohmann::json;

namespace {

json AddressJson(const BillingAddress& a) {
  return {{"name", a.name},
          {"streetLines", a.street_lines},
          {"postalCode", a.postal_code},
          {"city", a.city},
          {"country", a.country}};
}

json RowJson(const InvoiceRow& r, const std::string& currency) {
  return {{"id", r.id.value},
          {"position", r.position},
          {"description", r.description},
          {"quantity", FormatQuantity(r.quantity)},
          {"unit", r.unit},
          {"unitPrice", MoneyJson(r.unit_price, currency)},
          {"vatRateId", r.vat_rate_id},
          {"vatPercent", FormatBasisPoints(r.vat_percent)},
          {"vatCategory", VatCategoryCode(r.vat_category)},
          {"net", MoneyJson(r.net, currency)},
          {"projectId", clientele::json::OrNull(r.project_id)},
          {"hourCount", r.hour_count},
          {"feeCount", r.fee_count}};
}

json BreakdownJson(const VatSummary& totals, const std::string& currency) {
  json out = json::array();
  for (const auto& row : totals.rows)
    out.push_back({{"vatRateId", row.vat_rate_id},
                   {"percent", FormatBasisPoints(row.basis_points)},
                   {"category", VatCategoryCode(row.category)},
                   {"taxable", MoneyJson(row.taxable, currency)},
                   {"vat", MoneyJson(row.vat, currency)}});
  return out;
}

json IdOrNull(const std::optional<InvoiceId>& id) { return id ? json(id->value) : json(nullptr); }

/// A money field as (amount, currency), shape errors reported by financials::ReadMoney.
void ReadPrice(clientele::json::ObjectReader& r, RowInput& in, std::vector<FieldError>& errors) {
  auto money = financials::ReadMoney(r, "unitPrice", errors);
  in.unit_price.present = money.present;
  in.unit_price_currency.present = money.present;
  if (money.value) {
    in.unit_price.value = money.value->amount;
    in.unit_price_currency.value = money.value->currency;
  }
}

Result<RowInput> ReadRow(const json& body) {
  if (!body.is_object()) return Error::Validation("rows", "each row must be an object");
  clientele::json::ObjectReader r(body);
  RowInput in;
  std::vector<FieldError> errors;
  in.version = r.Int("version").value;
  in.description = r.String("description");
  in.quantity = r.String("quantity");
  in.unit = r.String("unit");
  ReadPrice(r, in, errors);
  in.vat_rate_id = r.Int("vatRateId");
  CLIENTELE_CHECK(r.Finish());
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return in;
}

Result<std::optional<BillingAddress>> ReadAddress(const json* value) {
  if (!value || value->is_null()) return std::optional<BillingAddress>();
  if (!value->is_object()) return Error::Validation("billingAddress", "must be an object");
  clientele::json::ObjectReader r(*value);
  BillingAddress a;
  a.name = r.String("name").value.value_or("");
  a.street_lines = r.StringList("streetLines").value.value_or(std::vector<std::string>{});
  a.postal_code = r.String("postalCode").value.value_or("");
  a.city = r.String("city").value.value_or("");
  a.country = r.String("country").value.value_or("");
  CLIENTELE_CHECK(r.Finish());
  return std::optional<BillingAddress>(std::move(a));
}

}  // namespace

void to_json(json& j, const Invoice& i) {
  const auto& c = i.currency;
  json rows = json::array();
  for (const auto& r : i.rows) rows.push_back(RowJson(r, c));
  j = {{"id", i.id.value},
       {"customerId", i.customer.value},
       {"customerName", i.customer_name},
       {"statusId", i.status.id.value},
       {"status", i.status},
       {"number", clientele::json::OrNull(i.number)},
       {"referenceNumber", clientele::json::OrNull(i.reference_number)},
       {"date", i.header.date},
       {"dueDate", i.header.due_date},
       {"currency", c},
       {"language", i.header.language},
       {"billingAddress", AddressJson(i.header.billing_address)},
       {"ourReference", i.header.our_reference},
       {"yourReference", i.header.your_reference},
       {"orderNumber", i.header.order_number},
       {"notes", i.header.notes},
       {"creditedInvoiceId", IdOrNull(i.credited_invoice)},
       {"creditNoteId", IdOrNull(i.credit_note)},
       {"projectIds", i.project_ids},
       {"rows", std::move(rows)},
       {"totalExcludingVat", MoneyJson(i.totals.total_excluding_vat, c)},
       {"vatTotal", MoneyJson(i.totals.vat_total, c)},
       {"totalIncludingVat", MoneyJson(i.totals.total_including_vat, c)},
       {"vatBreakdown", BreakdownJson(i.totals, c)},
       {"open", i.status.flags.waiting_payment},
       {"overdue", i.overdue},
       {"createdAt", i.created_at},
       {"createdBy", i.created_by},
       {"updatedAt", i.updated_at},
       {"updatedBy", i.updated_by},
       {"version", i.version}};
}

void to_json(json& j, const InvoiceSummary& i) {
  const auto& c = i.currency;
  j = {{"id", i.id.value},
       {"customerId", i.customer.value},
       {"customerName", i.customer_name},
       {"statusId", i.status.id.value},
       {"status", i.status},
       {"number", clientele::json::OrNull(i.number)},
       {"date", i.date},
       {"dueDate", i.due_date},
       {"currency", c},
       {"totalExcludingVat", MoneyJson(i.total_excluding_vat, c)},
       {"vatTotal", MoneyJson(i.vat_total, c)},
       {"totalIncludingVat", MoneyJson(i.total_including_vat, c)},
       {"creditedInvoiceId", IdOrNull(i.credited_invoice)},
       {"open", i.status.flags.waiting_payment},
       {"overdue", i.overdue},
       {"version", i.version}};
}

void to_json(json& j, const Uninvoiced& u) {
  const auto& c = u.currency;
  json hours = json::array(), fees = json::array();
  std::int64_t minutes = 0, hours_amount = 0, fees_amount = 0;
  for (const auto& h : u.hours) {
    auto amount = MinutesNet(h.minutes, h.unit_price);
    const auto value = amount ? *amount : 0;
    minutes += h.minutes;
    hours_amount += value;
    hours.push_back({{"id", h.id},
                     {"date", h.date},
                     {"userId", h.user_id},
                     {"userName", h.user_name},
                     {"workTypeId", h.work_type_id},
                     {"workTypeName", h.work_type_name},
                     {"minutes", h.minutes},
                     {"description", h.description},
                     {"unitPrice", MoneyJson(h.unit_price, c)},
                     {"amount", MoneyJson(value, c)}});
  }
  for (const auto& f : u.fees) {
    auto amount = ScaledLineNet(f.quantity * (kQuantityScale / 100), f.unit_price);
    const auto value = amount ? *amount : 0;
    fees_amount += value;
    fees.push_back({{"id", f.id},
                    {"date", f.date},
                    {"description", f.description},
                    {"quantity", FormatQuantity(f.quantity * (kQuantityScale / 100))},
                    {"unit", f.unit},
                    {"unitPrice", MoneyJson(f.unit_price, c)},
                    {"amount", MoneyJson(value, c)},
                    {"vatRateId", clientele::json::OrNull(f.vat_rate_id)}});
  }
  j = {{"projectId", u.project_id},
       {"currency", c},
       {"until", u.until},
       {"hours", std::move(hours)},
       {"fees", std::move(fees)},
       {"totals",
        {{"hourCount", u.hours.size()},
         {"minutes", minutes},
         {"hours", MoneyJson(hours_amount, c)},
         {"feeCount", u.fees.size()},
         {"fees", MoneyJson(fees_amount, c)},
         {"total", MoneyJson(hours_amount + fees_amount, c)}}},
       {"complete", u.complete}};
}

Result<NewInvoice> ParseNewInvoice(const json& body) {
  clientele::json::ObjectReader r(body);
  NewInvoice in;
  std::vector<FieldError> errors;
  in.customer_id = r.Int("customerId").value;
  auto projects = r.IntList("projectIds");
  auto until = r.String("until");
  auto grouping = r.String("grouping");
  auto hours = r.IntList("hourIds");
  auto fees = r.IntList("feeIds");
  auto rows = r.Array("rows");
  in.date = r.String("date").value;
  in.currency = r.String("currency").value;
  CLIENTELE_CHECK(r.Finish());
  if (!in.customer_id) errors.push_back({"customerId", "is required"});
  in.project_ids = projects.value.value_or(std::vector<std::int64_t>{});
  in.hour_ids = hours.value;
  in.fee_ids = fees.value;
  in.until = until.value;
  if (grouping.value) {
    auto g = ParseGrouping(*grouping.value);
    if (!g)
      errors.push_back({"grouping", "must be one of entry, workType, user, month"});
    else
      in.grouping = *g;
  }
  if (in.until && validation::CheckDate(*in.until))
    errors.push_back({"until", "must be a date written YYYY-MM-DD"});
  if (in.date && validation::CheckDate(*in.date))
    errors.push_back({"date", "must be a date written YYYY-MM-DD"});
  const bool chosen = in.hour_ids || in.fee_ids;
  if (rows.value) {
    if (chosen || !in.project_ids.empty())
      errors.push_back({"rows", "a manual invoice names no projects, hours or fees"});
    if (rows.value->empty()) errors.push_back({"rows", "must hold at least one row"});
    if (rows.value->size() > static_cast<std::size_t>(kMaxInvoiceRows))
      errors.push_back({"rows", "at most " + std::to_string(kMaxInvoiceRows) + " rows"});
    std::vector<RowInput> parsed;
    for (std::size_t i = 0; i < rows.value->size() && errors.empty(); ++i) {
      auto row = ReadRow((*rows.value)[i]);
      if (!row) {
        for (const auto& f : row.error().fields)
          errors.push_back({"rows[" + std::to_string(i) + "]." + f.field, f.message});
        if (row.error().fields.empty())
          errors.push_back({"rows[" + std::to_string(i) + "]", row.error().message});
      } else {
        parsed.push_back(std::move(*row));
      }
    }
    in.rows = std::move(parsed);
  } else if (chosen) {
    if ((!in.hour_ids || in.hour_ids->empty()) && (!in.fee_ids || in.fee_ids->empty()))
      errors.push_back({"hourIds", "choose at least one hour entry or fee"});
    if (in.until) errors.push_back({"until", "goes with projectIds alone, not with chosen rows"});
  } else if (in.project_ids.empty()) {
    errors.push_back(
        {"projectIds", "name the projects to invoice (or choose hourIds / feeIds, or send rows)"});
  } else if (!in.until) {
    errors.push_back({"until", "is required: the last date of the hours and fees to invoice"});
  }
  if (in.currency && !rows.value)
    errors.push_back({"currency", "only a manual invoice chooses its currency"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return in;
}

Result<InvoicePatch> ParseInvoicePatch(const json& body) {
  clientele::json::ObjectReader r(body);
  InvoicePatch p;
  p.version = r.Int("version").value;
  p.date = r.String("date");
  p.due_date = r.String("dueDate");
  p.language = r.String("language");
  auto address = r.Object("billingAddress");
  p.our_reference = r.String("ourReference");
  p.your_reference = r.String("yourReference");
  p.order_number = r.String("orderNumber");
  p.notes = r.String("notes");
  CLIENTELE_CHECK(r.Finish());
  if (address.present) {
    CLIENTELE_TRY(parsed, ReadAddress(address.value ? &*address.value : nullptr));
    p.billing_address.present = true;
    p.billing_address.value = std::move(parsed);
  }
  return p;
}

Result<RowInput> ParseRowInput(const json& body) { return ReadRow(body); }

}  // namespace clientele::invoicing
