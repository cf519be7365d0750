#include "features/invoicing/invoice_status_json.hpp"

#include "features/users/user_json.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::invoicing {

using clientele::json::OrNull;
using nlohmann::json;

void to_json(json& j, const InvoiceStatus& s) {
  j = {{"id", s.id.value},
       {"name", s.name},
       {"order", s.position},
       {"readOnly", s.flags.read_only},
       {"assignsNumber", s.flags.assigns_number},
       {"sent", s.flags.sent},
       {"waitingPayment", s.flags.waiting_payment},
       {"paid", s.flags.paid},
       {"credited", s.flags.credited},
       {"isDefault", s.is_default},
       {"isActive", s.is_active},
       {"createdAt", s.created_at},
       {"createdBy", OrNull(s.created_by)},
       {"updatedAt", s.updated_at},
       {"updatedBy", OrNull(s.updated_by)},
       {"version", s.version}};
}

Result<NewInvoiceStatus> ParseNewInvoiceStatus(const json& body) {
  clientele::json::ObjectReader r(body);
  NewInvoiceStatus s;
  s.name = r.String("name").value;
  s.read_only = r.Bool("readOnly").value;
  s.assigns_number = r.Bool("assignsNumber").value;
  s.sent = r.Bool("sent").value;
  s.waiting_payment = r.Bool("waitingPayment").value;
  s.paid = r.Bool("paid").value;
  s.credited = r.Bool("credited").value;
  s.is_default = r.Bool("isDefault").value;
  s.is_active = r.Bool("isActive").value;
  CLIENTELE_CHECK(r.Finish());
  return s;
}

Result<InvoiceStatusPatch> ParseInvoiceStatusPatch(const json& body) {
  clientele::json::ObjectReader r(body);
  InvoiceStatusPatch p;
  p.version = r.Int("version").value;
  p.name = r.String("name");
  p.read_only = r.Bool("readOnly");
  p.assigns_number = r.Bool("assignsNumber");
  p.sent = r.Bool("sent");
  p.waiting_payment = r.Bool("waitingPayment");
  p.paid = r.Bool("paid");
  p.credited = r.Bool("credited");
  p.is_default = r.Bool("isDefault");
  p.is_active = r.Bool("isActive");
  CLIENTELE_CHECK(r.Finish());
  return p;
}

Result<InvoiceStatusOrder> ParseInvoiceStatusOrder(const json& body) {
  clientele::json::ObjectReader r(body);
  InvoiceStatusOrder o;
  o.ids = r.IntList("ids").value;
  CLIENTELE_CHECK(r.Finish());
  return o;
}

}  // namespace clientele::invoicing
