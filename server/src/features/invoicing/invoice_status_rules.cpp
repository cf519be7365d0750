#include "features/invoicing/invoice_status_rules.hpp"

namespace clientele::invoicing {

bool ComesBefore(const InvoiceStatus& a, const InvoiceStatus& b) {
  if (a.position != b.position) return a.position < b.position;
  return a.id.value < b.id.value;
}

std::optional<std::string> CheckTransition(const InvoiceStatus& from, const InvoiceStatus& to,
                                           TransitionKind kind, FinancialsEdit edit) {
  if (from.id == to.id) return "The invoice already is " + to.name;
  if (!to.is_active) return to.name + " is disabled";
  if (from.flags.read_only && edit == FinancialsEdit::kNo)
    return "Leaving the read-only status " + from.name + " needs the financials edit right";
  if (from.flags.credited) return "A credited invoice is final: it cannot leave " + from.name;
  if (kind == TransitionKind::kCredit) {
    if (!to.flags.credited)
      return "Crediting moves an invoice to a credited status, and " + to.name + " is not one";
    if (!from.flags.assigns_number) return "Only an invoice with a number can be credited";
  } else if (to.flags.credited) {
    return to.name + " is reached only by crediting the invoice";
  }
  if (from.flags.assigns_number && !to.flags.assigns_number)
    return "The invoice has its number: " + to.name + " would take it away";
  if (to.flags.paid && !(from.flags.sent || from.flags.waiting_payment || from.flags.paid))
    return to.name + " is reached only from a sent or waiting-payment status";
  if (ComesBefore(to, from) && from.flags.read_only && kind == TransitionKind::kMove)
    return from.name + " is read-only: the invoice cannot move back to " + to.name;
  return std::nullopt;
}

std::vector<FieldError> CheckFlags(const InvoiceStatusFlags& flags) {
  std::vector<FieldError> errors;
  if (flags.assigns_number && !flags.read_only)
    errors.push_back(
        {"readOnly", "must be true when the status assigns a number (rows cannot change after it)"});
  auto needs_number = [&](bool flag, const char* field) {
    if (flag && !flags.assigns_number)
      errors.push_back(
          {field, "needs assignsNumber: only an invoice with a number is sent, paid or credited"});
  };
  needs_number(flags.sent, "sent");
  needs_number(flags.waiting_payment, "waitingPayment");
  needs_number(flags.paid, "paid");
  needs_number(flags.credited, "credited");
  if (flags.paid && flags.waiting_payment)
    errors.push_back({"waitingPayment", "cannot be combined with paid"});
  if (flags.credited && flags.waiting_payment)
    errors.push_back({"waitingPayment", "cannot be combined with credited"});
  if (flags.paid && flags.credited) errors.push_back({"credited", "cannot be combined with paid"});
  return errors;
}

std::vector<FieldError> CheckDefault(const InvoiceStatus& status) {
  std::vector<FieldError> errors;
  if (!status.is_default) return errors;
  if (!status.is_active)
    errors.push_back(
        {"isActive", "the default status cannot be disabled; make another one the default first"});
  if (status.flags.read_only)
    errors.push_back(
        {"isDefault", "a read-only status cannot be the default: invoices start in it, editable"});
  return errors;
}

}  // namespace clientele::invoicing
