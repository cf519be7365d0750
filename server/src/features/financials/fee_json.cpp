#include "features/financials/fee_json.hpp"

#include "features/financials/money_json.hpp"
#include "features/financials/quantity.hpp"
#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::financials {

using nlohmann::json;

void to_json(json& j, const Fee& f) {
  const auto& v = f.values;
  j = {{"id", f.id.value},
       {"projectId", f.project.value},
       {"customerId", f.customer.value},
       {"kind", FeeKindName(v.kind)},
       {"date", v.date},
       {"description", v.description},
       {"quantity", FormatQuantity(v.quantity)},
       {"unit", v.unit},
       {"unitPrice", MoneyJson(v.unit_price, f.currency)},
       {"unitCost", MoneyJson(v.unit_cost, f.currency)},
       {"billable", v.billable},
       {"vatRateId", clientele::json::OrNull(v.vat_rate_id)},
       {"invoiceId", clientele::json::OrNull(f.invoice_id)},
       {"priceTotal", MoneyJson(f.price_total, f.currency)},
       {"costTotal", MoneyJson(f.cost_total, f.currency)},
       {"createdAt", f.created_at},
       {"createdBy", f.created_by},
       {"updatedAt", f.updated_at},
       {"updatedBy", f.updated_by},
       {"version", f.version}};
}

void to_json(json& j, const FeeList& list) {
  const auto& t = list.totals;
  j = {{"items", list.page.items},
       {"nextCursor", clientele::json::OrNull(list.page.next_cursor)},
       {"totals",
        {{"count", t.count},
         {"price", MoneyJson(t.price, list.currency)},
         {"billable", MoneyJson(t.billable, list.currency)},
         {"cost", MoneyJson(t.cost, list.currency)}}}};
}

Result<FeeInput> ParseFeeInput(const json& body) {
  clientele::json::ObjectReader r(body);
  FeeInput in;
  in.version = r.Int("version").value;
  in.kind = r.String("kind");
  in.date = r.String("date");
  in.description = r.String("description");
  in.quantity = r.String("quantity");
  in.unit = r.String("unit");
  in.unit_price = ReadMoney(r, "unitPrice", in.shape_errors);
  in.unit_cost = ReadMoney(r, "unitCost", in.shape_errors);
  in.billable = r.Bool("billable");
  in.vat_rate_id = r.Int("vatRateId");
  CLIENTELE_CHECK(r.Finish());
  return in;
}

}  // namespace clientele::financials
